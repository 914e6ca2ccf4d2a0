package ps.rasd.advocacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilitySummary;
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

	private static final Set<CaseStatus> UNVERIFIED = EnumSet.of(CaseStatus.SUBMITTED,
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

	/** A record to read: its kind and its reference within the kind. */
	public record Ref(CitationKind kind, String ref) {

		static Ref of(Citable c) {
			return new Ref(c.kind(), c.ref());
		}
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

	/**
	 * Several records as this reader may read them now, in a constant number of reads: one for all the cases, one
	 * for all the scorecards and one for their authorities' names, one for all the facilities' visits and one for
	 * their names; the few other kinds one by one. A record they may not read (or that is gone) is left out; the map
	 * keeps the order asked.
	 */
	public Map<Ref, Citable> readAll(Collection<Ref> refs, RasdPrincipal viewer, boolean staff, Locale locale) {
		Map<CitationKind, Set<String>> byKind = new EnumMap<>(CitationKind.class);
		refs.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new LinkedHashSet<>()).add(r.ref()));
		Map<Ref, Citable> read = new HashMap<>();
		byKind.forEach((kind, keys) -> {
			switch (kind) {
				case CASE -> cases(keys, staff ? viewer : null, locale).forEach(c -> read.put(Ref.of(c), c));
				case SCORECARD -> scorecards(ids(keys), staff, locale).forEach(c -> read.put(Ref.of(c), c));
				case MONITORING -> scores(ids(keys), staff ? viewer : null, locale).forEach(c -> read.put(Ref.of(c), c));
				default -> keys.forEach(k -> read(kind, k, viewer, staff, locale).ifPresent(c -> read.put(Ref.of(c), c)));
			}
		});
		Map<Ref, Citable> ordered = new LinkedHashMap<>();
		for (Ref r : refs) {
			// a case's reference as it was typed (lower case) names the same case
			Citable c = read.get(r.kind() == CitationKind.CASE ? new Ref(r.kind(), r.ref().strip().toUpperCase(Locale.ROOT)) : r);
			if (c != null) {
				ordered.put(r, c);
			}
		}
		return ordered;
	}

	/** Every published figure of a poll, to choose from. */
	public List<Citable> pollFigures(String code, Locale locale) {
		List<Citable> all = new ArrayList<>();
		for (PublishedShare s : polls.publishedShares(code)) {
			all.add(share(s, locale));
		}
		return all;
	}

	private List<Citable> cases(Set<String> references, RasdPrincipal staff, Locale locale) {
		List<Citable> all = new ArrayList<>();
		if (staff == null) {
			List<String> list = List.copyOf(references);
			for (int from = 0; from < list.size(); from += CaseQueue.MAX_PAGE_SIZE) {
				Set<String> chunk = Set.copyOf(list.subList(from, Math.min(list.size(), from + CaseQueue.MAX_PAGE_SIZE)));
				findings.publicFindings(new PublicFindings.PublicQuery(null, null, chunk, null, null, null), 0,
						chunk.size()).items().forEach(f -> all.add(citable(CitationKind.CASE, f.reference(), f.title(),
								status(f.status().name()), null, "/findings/" + f.reference(), locale)));
			}
			return all;
		}
		queue.byReferences(references, staff).values().stream().filter(c -> !UNVERIFIED.contains(c.status()))
			.forEach(c -> all.add(citable(CitationKind.CASE, c.reference(),
					c.publicTitle() != null ? c.publicTitle() : c.title(), status(c.status().name()), null,
					"/cases/" + c.reference(), locale)));
		return all;
	}

	private List<Citable> scorecards(Set<Long> ids, boolean staff, Locale locale) {
		Map<Long, AuthorityScorecard> cards = scorecards.scorecards(ids);
		Map<Long, AuthoritySummary> names = registry.authorities(ids);
		List<Citable> all = new ArrayList<>();
		cards.forEach((id, s) -> {
			if (names.containsKey(id) && (staff || !s.suppressed())) {
				all.add(scorecard(id, s, names.get(id).name().in(locale), locale));
			}
		});
		return all;
	}

	private List<Citable> scores(Set<Long> ids, RasdPrincipal viewer, Locale locale) {
		Map<Long, List<VisitSummary>> visits = monitoring.approvedVisits(ids, viewer);
		Map<Long, FacilitySummary> names = registry.facilities(visits.keySet());
		List<Citable> all = new ArrayList<>();
		visits.forEach((id, list) -> {
			List<VisitSummary> scored = list.stream().filter(v -> v.overallScore() != null).toList();
			if (!scored.isEmpty() && names.containsKey(id)) {
				all.add(scores(id, scored, names.get(id).name().in(locale), locale));
			}
		});
		return all;
	}

	private static Set<Long> ids(Set<String> keys) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String k : keys) {
			try {
				ids.add(Long.parseLong(k));
			}
			catch (NumberFormatException ex) {
				// not a record's number: nothing to read
			}
		}
		return ids;
	}

	private Optional<Citable> caseOf(String reference, RasdPrincipal staff, Locale locale) {
		if (staff == null) {
			// a query, not publicFinding(): a case no longer public is an empty page, not a failure that would mark the
			// reader's transaction rollback-only
			var page = findings.publicFindings(new PublicFindings.PublicQuery(null, null, Set.of(reference),
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
		return Optional.of(scorecard(authorityId, s, registry.authority(authorityId).name().in(locale), locale));
	}

	private Citable scorecard(long authorityId, AuthorityScorecard s, String name, Locale locale) {
		Figure value = Figure.of("advocacy.value.scorecard", Figure.integer(s.referred()),
				Figure.integer(s.replyRatePercent()), Figure.decimal(s.medianDaysToReply()), Figure.integer(s.overdue()));
		return citable(CitationKind.SCORECARD, String.valueOf(authorityId), name, value, null,
				"/authorities/" + authorityId, locale);
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
		return Optional.of(scores(facilityId, visits, registry.facility(facilityId).name().in(locale), locale));
	}

	private Citable scores(long facilityId, List<VisitSummary> visits, String name, Locale locale) {
		VisitSummary first = visits.get(0);
		VisitSummary last = visits.get(visits.size() - 1);
		Figure value = Figure.of("advocacy.value.monitoring", Figure.decimal(last.overallScore()),
				Figure.date(LocalDate.ofInstant(last.submittedAt(), Formats.ZONE)), Figure.decimal(first.overallScore()),
				Figure.integer(visits.size()));
		return citable(CitationKind.MONITORING, String.valueOf(facilityId), name, value, null,
				"/facilities/" + facilityId, locale);
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
