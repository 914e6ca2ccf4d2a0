package ps.rasd.advocacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.advocacy.domain.InstrumentStore;
import ps.rasd.advocacy.domain.PartnerStore;
import ps.rasd.shared.PdfText;
import ps.rasd.advocacy.domain.TermStore;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.OrganisationId;
import ps.rasd.network.OrganisationSummary;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * The laws and policies tracker: instruments (their kind from an editable list, title, number, date, the body
 * responsible, sectors and rights touched, the official text as a link or an uploaded PDF whose text goes into the
 * search), their stages over time with a date and a source, the coalition's position and asks, and the partner
 * organisations signed on. The advocacy team ({@link ReadRules#ADVOCACY}) writes; everyone reads what is published.
 * Changes publish {@link SearchableChanged} for type {@code instrument}.
 */
@Service
@Transactional(readOnly = true)
public class AdvocacyManagement {

	/** The kind of record in the search index and of the official PDFs in the evidence store. */
	public static final String TYPE = "instrument";

	static final SqlScope.Fields FIELDS = new SqlScope.Fields(null, "tier", "published_at", false, null, null, null);

	private static final int PAGE_MAX = 100;

	private final InstrumentStore instruments;

	private final TermStore terms;

	private final PartnerStore partners;

	private final EvidenceManagement evidence;

	private final NetworkManagement network;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdvocacyManagement(InstrumentStore instruments, TermStore terms, PartnerStore partners,
			EvidenceManagement evidence, NetworkManagement network, ApplicationEventPublisher events, Clock clock) {
		this.instruments = instruments;
		this.terms = terms;
		this.partners = partners;
		this.evidence = evidence;
		this.network = network;
		this.events = events;
		this.clock = clock;
	}

	/** The entries of an editable list, in order. */
	public List<Term> terms(TermList list) {
		return terms.list(list);
	}

	/**
	 * Adds an entry to an editable list, or renames it when its code is there.
	 * @throws InvalidInputException {@code advocacy.term.invalid} for a code that is not A–Z, digits and _, or an
	 *         empty Arabic name
	 */
	@Transactional
	public Term saveTerm(TermList list, String code, String nameAr, String nameEn, RasdPrincipal actor) {
		requireAdvocate(actor);
		String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		if (!c.matches("[A-Z][A-Z0-9_]{0,39}") || nameAr == null || nameAr.isBlank()) {
			throw new InvalidInputException("advocacy.term.invalid",
					java.util.Map.of(c.matches("[A-Z][A-Z0-9_]{0,39}") ? "nameAr" : "code", "advocacy.term.invalid"));
		}
		String en = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
		if (terms.exists(list, c)) {
			terms.rename(list, c, nameAr.strip(), en);
		}
		else {
			terms.add(list, c, nameAr.strip(), en);
		}
		return new Term(list, c, new ps.rasd.shared.LocalizedText(nameAr.strip(), en));
	}

	/**
	 * Tracks a new instrument (a draft, not public).
	 * @throws ForbiddenException {@code advocacy.forbidden}
	 * @throws ConflictException {@code advocacy.instrument.slug-taken}
	 * @throws InvalidInputException {@code advocacy.instrument.invalid} for a kind not in the list
	 */
	@Transactional
	public InstrumentView create(InstrumentDraft draft, boolean demo, RasdPrincipal actor) {
		requireAdvocate(actor);
		check(draft);
		if (instruments.slugTaken(draft.slug())) {
			throw new ConflictException("advocacy.instrument.slug-taken", draft.slug());
		}
		return changed(instruments.insert(draft, demo, clock.instant()));
	}

	/** Changes its facts. @throws ConflictException {@code advocacy.instrument.stale}, {@code ...slug-taken} */
	@Transactional
	public InstrumentView describe(long id, long version, InstrumentDraft draft, RasdPrincipal actor) {
		InstrumentView now = forStaff(id, actor);
		check(draft);
		if (!now.slug().equals(draft.slug()) && instruments.slugTaken(draft.slug())) {
			throw new ConflictException("advocacy.instrument.slug-taken", draft.slug());
		}
		if (!instruments.update(id, version, draft, clock.instant())) {
			throw new ConflictException("advocacy.instrument.stale", id);
		}
		return changed(id);
	}

	/**
	 * Takes the official text as PDF: checked by the evidence module, its text extracted for the search.
	 * @throws DomainException {@code advocacy.instrument.not-pdf}, {@code advocacy.instrument.pdf-unreadable} and the
	 *         evidence module's refusals
	 */
	@Transactional
	public InstrumentView upload(long id, InputStream pdf, RasdPrincipal actor) {
		forStaff(id, actor);
		byte[] bytes;
		try (pdf) {
			bytes = pdf.readAllBytes();
		}
		catch (IOException ex) {
			throw new DomainException("advocacy.instrument.pdf-unreadable");
		}
		EvidenceSummary file = evidence.upload(new ByteArrayInputStream(bytes), TYPE, String.valueOf(id), null, actor);
		if (!"application/pdf".equals(file.mediaType())) {
			throw new DomainException("advocacy.instrument.not-pdf");
		}
		instruments.attach(id, file.id(), PdfText.of(bytes, "advocacy.instrument.pdf-unreadable").text(), clock.instant());
		return changed(id);
	}

	/** Puts it on the public list (or takes it off). */
	@Transactional
	public InstrumentView publish(long id, boolean published, RasdPrincipal actor) {
		forStaff(id, actor);
		instruments.publish(id, published, clock.instant());
		return changed(id);
	}

	/**
	 * Records a stage it reached, with its date and source.
	 * @throws InvalidInputException {@code advocacy.stage.invalid}: a stage not in the list, no date, a date in the
	 *         future or no source
	 */
	@Transactional
	public InstrumentView addStage(long id, String stage, LocalDate on, String source, String note,
			RasdPrincipal actor) {
		forStaff(id, actor);
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (stage == null || !terms.exists(TermList.STAGE, stage)) {
			errors.put("stage", "advocacy.stage.unknown");
		}
		if (on == null || on.isAfter(LocalDate.ofInstant(clock.instant(), AccessFacts.ZONE))) {
			errors.put("onDate", "advocacy.stage.date");
		}
		if (source == null || source.isBlank() || source.length() > 1000) {
			errors.put("source", "advocacy.stage.source");
		}
		if (note != null && note.length() > 2000) {
			errors.put("note", "advocacy.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("advocacy.stage.invalid", errors);
		}
		instruments.addStage(id, stage, on, source.strip(), note == null || note.isBlank() ? null : note.strip(),
				clock.instant());
		return changed(id);
	}

	/** Removes a stage recorded by mistake. */
	@Transactional
	public InstrumentView removeStage(long id, long stageId, RasdPrincipal actor) {
		forStaff(id, actor);
		instruments.removeStage(id, stageId, clock.instant());
		return changed(id);
	}

	/** A partner organisation signs on to the coalition's position. */
	@Transactional
	public void signOn(long id, long organisationId, RasdPrincipal actor) {
		forStaff(id, actor);
		network.organisation(new OrganisationId(organisationId));
		partners.add("instrument", id, organisationId);
	}

	/** A partner organisation's name taken off. */
	@Transactional
	public void signOff(long id, long organisationId, RasdPrincipal actor) {
		forStaff(id, actor);
		partners.remove("instrument", id, organisationId);
	}

	/** The instrument as this person may read it: the advocacy team reads drafts too. */
	public Optional<InstrumentView> readable(String slug, RasdPrincipal viewer) {
		return instruments.bySlug(slug).filter(i -> sight(i, viewer) != Sight.NONE);
	}

	/** An instrument for the advocacy team. @throws NotFoundException {@code advocacy.instrument.not-found} */
	public InstrumentView forStaff(long id, RasdPrincipal actor) {
		requireAdvocate(actor);
		return instruments.byId(id).orElseThrow(() -> new NotFoundException("advocacy.instrument.not-found", id));
	}

	/** Its stages, oldest first. */
	public List<StageView> stages(long id) {
		return instruments.stages(id);
	}

	/** The partner organisations signed on. */
	public List<Partner> partners(long id) {
		return partnersOf(partners.of("instrument", id));
	}

	/** The instruments this person reads that match the filters, latest stage first. */
	public PageResult<InstrumentView> list(InstrumentQuery query, RasdPrincipal viewer, int page, int size) {
		var scope = SqlScope.where(ReadRules.ADVOCACY.any(Reader.of(viewer), clock.instant()), FIELDS);
		int s = Math.min(Math.max(size, 1), PAGE_MAX);
		int p = Math.max(page, 0);
		long total = instruments.count(scope, query);
		return new PageResult<>(instruments.list(scope, query, p * s, s), p, s, total, (int) ((total + s - 1) / s));
	}

	/** Instruments by id (any state), for the search and the campaigns. */
	public List<InstrumentView> byIds(List<Long> ids) {
		return instruments.byIds(ids);
	}

	/** The text extracted from its official PDF, empty when there is none. */
	public String text(long id) {
		return instruments.text(id);
	}

	/** Whether this person is of the advocacy team. */
	public static boolean advocates(RasdPrincipal actor) {
		return actor != null && ReadRules.advocates(Reader.of(actor));
	}

	static void requireAdvocate(RasdPrincipal actor) {
		if (!advocates(actor)) {
			throw new ForbiddenException("advocacy.forbidden");
		}
	}

	List<Partner> partnersOf(List<Long> ids) {
		return ids.stream().map(id -> {
			OrganisationSummary o = network.organisation(new OrganisationId(id));
			return new Partner(id, o.nameAr(), o.nameEn());
		}).toList();
	}

	private Sight sight(InstrumentView i, RasdPrincipal viewer) {
		return ReadRules.ADVOCACY.sight(Reader.of(viewer), facts(i.published(), i.publishedAt()), clock.instant());
	}

	static AccessFacts facts(boolean published, Instant publishedAt) {
		return AccessFacts.of(null, published ? Tier.PUBLIC : Tier.INTERNAL, published ? publishedAt : null, null);
	}

	private void check(InstrumentDraft draft) {
		if (!terms.exists(TermList.KIND, draft.kind())) {
			throw new InvalidInputException("advocacy.instrument.invalid",
					java.util.Map.of("kind", "advocacy.instrument.kind-unknown"));
		}
	}

	private InstrumentView changed(long id) {
		events.publishEvent(SearchableChanged.of(TYPE, id));
		return instruments.byId(id).orElseThrow();
	}
}
