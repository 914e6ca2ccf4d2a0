package ps.rasd.advocacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ps.rasd.advocacy.Citable;
import ps.rasd.advocacy.CitationKind;
import ps.rasd.advocacy.Figure;
import ps.rasd.cases.AuthorityScorecard;
import ps.rasd.cases.AuthorityScorecards;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.PublicFindings;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.freedoms.PublishedEvent;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.PublicationView;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PublishedShare;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.Formats;
import ps.rasd.shared.RasdPrincipal;

/**
 * Reads a citable record of another module through its public facade, as one reader may read it: the public reads
 * only what is public now (a published finding, a scorecard with enough referrals, a published poll result, a
 * published violation, a published study, a facility's shared scores); the advocacy team also the verified cases it
 * may read and scorecards of few referrals. Nothing else of the record is taken: a case's published title and status,
 * never who reported it.
 */
@Component
public class CitableRecords {

	private static final java.util.Set<CaseStatus> UNVERIFIED = java.util.EnumSet.of(CaseStatus.SUBMITTED,
			CaseStatus.NEEDS_INFO, CaseStatus.REJECTED, CaseStatus.DUPLICATE);

	private final PublicFindings findings;

	private final CaseQueue queue;

	private final AuthorityScorecards scorecards;

	private final PollPublication polls;

	private final FreedomsPublication freedoms;

	private final LibraryManagement library;

	private final MonitoringManagement monitoring;

	private final RegistryManagement registry;

	private final MessageSource messages;

	private final FigureText figures;

	private final Clock clock;

	CitableRecords(PublicFindings findings, CaseQueue queue, AuthorityScorecards scorecards, PollPublication polls,
			FreedomsPublication freedoms, LibraryManagement library, MonitoringManagement monitoring,
			RegistryManagement registry, MessageSource messages, FigureText figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
		this.findings = findings;
		this.queue = queue;
		this.scorecards = scorecards;
		this.polls = polls;
		this.freedoms = freedoms;
		this.library = library;
		this.monitoring = monitoring;
		this.registry = registry;
		this.messages = messages;
	}

	/**
	 * The record as this reader may read it now ({@code staff}: the advocacy team, reading as itself), empty when
	 * they may not (or it is gone).
	 */
	public Optional<Citable> read(CitationKind kind, String ref, RasdPrincipal viewer, boolean staff, Locale locale) {
		try {
			return switch (kind) {
				case CASE -> caseOf(ref, staff ? viewer : null, locale);
				case SCORECARD -> scorecard(Long.parseLong(ref), staff, locale);
				case POLL -> poll(ref, locale);
				case VIOLATION -> violation(ref, locale);
				case PUBLICATION -> library.readable(ref, null).map(p -> publication(p, locale));
				case MONITORING -> scores(Long.parseLong(ref), staff ? viewer : null, locale);
			};
		}
		catch (DomainException | ForbiddenException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Every published figure of a poll, to choose from. */
	public List<Citable> pollFigures(String code, Locale locale) {
		List<Citable> all = new ArrayList<>();
		for (PublishedShare s : polls.publishedShares(code)) {
			all.add(share(s, locale));
		}
		return all;
	}

	private Optional<Citable> caseOf(String reference, RasdPrincipal staff, Locale locale) {
		if (staff == null) {
			// a query, not publicFinding(): a case no longer public is an empty page, not a failure that would mark the
			// reader's transaction rollback-only
			var page = findings.publicFindings(new PublicFindings.PublicQuery(null, null, java.util.Set.of(reference),
					null, null, null), 0, 1);
			return page.items().stream().findFirst().map(f -> citable(CitationKind.CASE, reference, f.title(),
					status(f.status().name()), null, "/findings/" + reference, locale));
		}
		CaseSummary c = queue.byReference(reference, staff);
		if (UNVERIFIED.contains(c.status())) {
			return Optional.empty();
		}
		String title = c.publicTitle() != null ? c.publicTitle() : c.title();
		return Optional.of(citable(CitationKind.CASE, reference, title, status(c.status().name()), null,
				"/cases/" + reference, locale));
	}

	private Optional<Citable> scorecard(long authorityId, boolean staff, Locale locale) {
		AuthorityScorecard s = scorecards.scorecard(authorityId);
		if (s.suppressed() && !staff) {
			return Optional.empty();
		}
		String name = registry.authority(authorityId).name().in(locale);
		Figure value = Figure.of("advocacy.value.scorecard", Figure.integer(s.referred()),
				Figure.integer(s.replyRatePercent()), Figure.decimal(s.medianDaysToReply()), Figure.integer(s.overdue()));
		return Optional.of(citable(CitationKind.SCORECARD, String.valueOf(authorityId), name, value, null,
				"/authorities/" + authorityId, locale));
	}

	private Optional<Citable> poll(String ref, Locale locale) {
		String code = ref.split("/", 2)[0];
		return polls.publishedShares(code).stream().filter(s -> s.reference().equals(ref)).findFirst()
			.map(s -> share(s, locale));
	}

	private Citable share(PublishedShare s, Locale locale) {
		String label = text("advocacy.value.poll-label", locale, s.pollTitle().in(locale), s.questionLabel().in(locale),
				s.categoryLabel().in(locale));
		Figure value = Figure.of("advocacy.value.poll", Figure.decimal(100 * s.share()),
				Figure.decimal(100 * s.marginOfError()), Figure.integer(s.base()));
		return citable(CitationKind.POLL, s.reference(), label, value, s.methodology().in(locale),
				"/opinion-polls/" + s.pollCode(), locale);
	}

	private Optional<Citable> violation(String reference, Locale locale) {
		PublishedEvent e = freedoms.publishedCopy(reference)
			.filter(c -> c.tier() == ps.rasd.shared.Tier.PUBLIC && (c.embargoUntil() == null
					|| !c.embargoUntil().isAfter(LocalDate.ofInstant(clock.instant(), Formats.ZONE))))
			.orElse(null);
		if (e == null) {
			return Optional.empty();
		}
		Figure value = Figure.of("advocacy.value.violation", Figure.date(e.dateFrom()), Figure.integer(e.victims()));
		return Optional.of(citable(CitationKind.VIOLATION, reference, e.title(), value, null,
				"/violations/" + reference, locale));
	}

	private Citable publication(PublicationView p, Locale locale) {
		String title = "en".equals(locale.getLanguage()) && p.titleEn() != null ? p.titleEn() : p.titleAr();
		Figure value = Figure.of("advocacy.value.publication", Figure.text(p.authors()), Figure.date(p.issuedOn()));
		return citable(CitationKind.PUBLICATION, p.slug(), title, value, null, p.path(), locale);
	}

	private Optional<Citable> scores(long facilityId, RasdPrincipal viewer, Locale locale) {
		List<VisitSummary> visits = monitoring.approvedVisits(facilityId, viewer).stream()
			.filter(v -> v.overallScore() != null).toList();
		if (visits.isEmpty()) {
			return Optional.empty();
		}
		VisitSummary first = visits.get(0);
		VisitSummary last = visits.get(visits.size() - 1);
		Figure value = Figure.of("advocacy.value.monitoring", Figure.decimal(last.overallScore()),
				Figure.date(LocalDate.ofInstant(last.submittedAt(), Formats.ZONE)), Figure.decimal(first.overallScore()),
				Figure.integer(visits.size()));
		String name = registry.facility(facilityId).name().in(locale);
		return Optional.of(citable(CitationKind.MONITORING, String.valueOf(facilityId), name, value, null,
				"/facilities/" + facilityId, locale));
	}

	private static Figure status(String status) {
		return Figure.of(null, Figure.code("cases.status." + status));
	}

	private Citable citable(CitationKind kind, String ref, String label, Figure value, String method, String url,
			Locale locale) {
		return new Citable(kind, ref, label, figures.write(value, locale), method, url, value);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
