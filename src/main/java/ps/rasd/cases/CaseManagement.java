package ps.rasd.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseEvents.CaseFiled;
import ps.rasd.cases.CaseEvents.CaseMoved;
import ps.rasd.cases.domain.CaseEvent;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFile.CaseDraft;
import ps.rasd.cases.domain.CaseFile.Change;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.FollowUp;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.cases.domain.Reply;
import ps.rasd.cases.domain.ReplyLink;
import ps.rasd.cases.domain.ReplyLinkRepository;
import ps.rasd.cases.domain.ReplyRepository;
import ps.rasd.cases.domain.Reporter;
import ps.rasd.cases.domain.ReporterRepository;
import ps.rasd.cases.internal.LinkSigner;
import ps.rasd.cases.internal.Similarity;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.identity.Role;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Redaction;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * The cases facade: intake (staff, public, API, visits), the workflow of {@link Workflow} with role and governorate
 * scope, referral with a signed reply link, the authority's reply and its moderation, deadlines and escalation,
 * follow-up checks by monitors, the reporter's tracking link, and the coordinators' queue and dashboard.
 * Publishes {@link CaseFiled} and {@link CaseMoved}, and {@link SearchableChanged} whenever what search shows of a
 * case changes.
 */
@Service
@Transactional
public class CaseManagement {

	/** The largest page the queue and the API serve. */
	public static final int MAX_PAGE_SIZE = 200;

	/** Cases within this many metres of each other may be the same problem. */
	public static final double NEARBY_METRES = 500;

	/** Texts at least this alike may be the same problem. */
	public static final double SIMILAR_TEXT = 0.3;

	/** Palestine's local time, for due dates given as days. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Hebron");

	private static final Set<CaseStatus> OPEN = EnumSet.copyOf(
			EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isOpen).toList());

	/** The kind of record cases are in the search index. */
	private static final String SEARCH_TYPE = "case";

	private static final Set<CaseStatus> UNANSWERED = EnumSet.of(CaseStatus.REFERRED, CaseStatus.ESCALATED);

	private final CaseFileRepository cases;

	private final ReporterRepository reporters;

	private final ReplyLinkRepository links;

	private final ReplyRepository replies;

	private final FollowUpRepository followUps;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final IdentityManagement identity;

	private final LinkSigner signer;

	private final CasesProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<ps.rasd.cases.internal.CaseMail> mail;

	CaseManagement(CaseFileRepository cases, ReporterRepository reporters, ReplyLinkRepository links,
			ReplyRepository replies, FollowUpRepository followUps, RegistryManagement registry,
			GeographyManagement geography, IdentityManagement identity, LinkSigner signer,
			CasesProperties properties, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			org.springframework.beans.factory.ObjectProvider<ps.rasd.cases.internal.CaseMail> mail) {
		this.mail = mail;
		this.cases = cases;
		this.reporters = reporters;
		this.links = links;
		this.replies = replies;
		this.followUps = followUps;
		this.registry = registry;
		this.geography = geography;
		this.identity = identity;
		this.signer = signer;
		this.properties = properties;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- intake

	/**
	 * Files a case. The public (actor {@code null}) and staff alike; every case starts {@code SUBMITTED} and waits
	 * for verification. A second call with the same idempotency key returns the first case and no new token.
	 * @throws InvalidInputException naming each missing or wrong field
	 */
	public Filed file(NewCase input, ReporterDetails reporter, CaseSource source, String idempotencyKey,
			RasdPrincipal actor) {
		String key = blank(idempotencyKey);
		if (key != null) {
			String scoped = (actor == null ? "public:" : actor.accountId() + ":") + key;
			Optional<CaseFile> earlier = cases.findByIdempotencyKey(scoped);
			if (earlier.isPresent()) {
				return new Filed(earlier.get().toSummary(), null);
			}
			key = scoped;
		}
		if (actor != null && !(actor.isAdmin() || actor.hasRole("COORDINATOR") || actor.hasRole("MONITOR")
				|| actor.hasRole("PARTNER"))) {
			throw new ForbiddenException("cases.forbidden");
		}
		CaseDraft draft = check(input, reporter, actor, null, null);
		return save(draft, reporter, source, actor == null ? null : actor.accountId(), key);
	}

	/** Files the case a monitor asked for from a failing indicator of a visit. */
	public Filed fileFromVisit(long visitId, String visitReference, long facilityId, String indicatorCode,
			String indicatorName, long requestedBy) {
		String key = "visit:" + visitId + ":" + indicatorCode;
		Optional<CaseFile> earlier = cases.findByIdempotencyKey(key);
		if (earlier.isPresent()) {
			return new Filed(earlier.get().toSummary(), null);
		}
		FacilitySummary facility = registry.facility(facilityId);
		String title = indicatorName + " — " + facility.name().ar();
		String description = indicatorName + " (" + visitReference + ")";
		CaseDraft draft = new CaseDraft(cut(title, 200), description, facility.governorateCode(), facility.placeId(),
				facility.id(), facility.sectorCode(), facility.latitude(), facility.longitude(), visitId,
				indicatorCode);
		return save(draft, ReporterDetails.none("ar"), CaseSource.VISIT, requestedBy, key);
	}

	private Filed save(CaseDraft draft, ReporterDetails reporter, CaseSource source, Long filedBy, String key) {
		Instant now = clock.instant();
		String token = LinkSigner.randomToken();
		String reference = newReference();
		CaseFile file = new CaseFile(reference, draft, source, filedBy,
				cut(ArabicText.searchKey(draft.title() + " " + draft.description()), 9000), LinkSigner.hash(token),
				key, now);
		CaseFile saved = cases.saveAndFlush(file);
		reporters.save(new Reporter(saved.getId(), reporter == null ? ReporterDetails.none("ar") : reporter));
		audit.record("case.filed", "case", saved.getReference(), saved.getGovernorateCode(), "source=" + source);
		events.publishEvent(new CaseFiled(saved.getId(), saved.getReference(), saved.getGovernorateCode()));
		events.publishEvent(SearchableChanged.of(SEARCH_TYPE, saved.getId()));
		// the tracking token exists only here: its mail is queued in this transaction, never kept elsewhere
		mail.ifAvailable(m -> m.filed(saved.toSummary(), reporter, token));
		return new Filed(saved.toSummary(), token);
	}

	/**
	 * The next readable reference. The sequence is moved past restored cases at start; should it still lag (a
	 * restore into a running installation), taken numbers are skipped.
	 */
	private String newReference() {
		String year = "RSD-" + Year.now(clock.withZone(ZoneOffset.UTC)).getValue() + "-";
		while (true) {
			String reference = year + String.format("%06d", cases.nextReferenceNumber());
			if (!cases.existsByReference(reference)) {
				return reference;
			}
		}
	}

	private CaseDraft check(NewCase input, ReporterDetails reporter, RasdPrincipal actor, Long visitId,
			String indicator) {
		Map<String, String> errors = new LinkedHashMap<>();
		String title = blank(input.title());
		String description = blank(input.description());
		if (title == null) {
			errors.put("title", "cases.field.required");
		}
		else if (title.length() > 200) {
			errors.put("title", "cases.field.too-long");
		}
		if (description == null) {
			errors.put("description", "cases.field.required");
		}
		else if (description.length() > 8000) {
			errors.put("description", "cases.field.too-long");
		}
		String governorate = blank(input.governorateCode());
		String sector = blank(input.sectorCode());
		Long place = input.placeId();
		Double latitude = input.latitude();
		Double longitude = input.longitude();
		if (input.facilityId() != null) {
			try {
				FacilitySummary facility = registry.facility(input.facilityId());
				if (governorate != null && !governorate.equals(facility.governorateCode())) {
					errors.put("facilityId", "cases.facility.elsewhere");
				}
				governorate = facility.governorateCode();
				sector = facility.sectorCode();
				place = place == null ? facility.placeId() : place;
				if (latitude == null && longitude == null) {
					latitude = facility.latitude();
					longitude = facility.longitude();
				}
			}
			catch (NotFoundException ex) {
				errors.put("facilityId", "cases.facility.unknown");
			}
		}
		if (governorate == null) {
			errors.put("governorateCode", "cases.field.required");
		}
		else if (geography.governorate(governorate).isEmpty()) {
			errors.put("governorateCode", "cases.governorate.unknown");
		}
		else if (actor != null && !actor.isAdmin() && !actor.hasRole("PARTNER") && !actor.worksIn(governorate)) {
			errors.put("governorateCode", "cases.governorate.out-of-scope");
		}
		if (sector == null) {
			errors.put("sectorCode", "cases.field.required");
		}
		else if (input.facilityId() == null && registry.sectors().stream().noneMatch(s -> s.code().equals(
				blank(input.sectorCode())))) {
			errors.put("sectorCode", "cases.sector.unknown");
		}
		String where = governorate;
		if (place != null && where != null
				&& geography.place(place).filter(p -> p.governorateCode().equals(where)).isEmpty()) {
			errors.put("placeId", "cases.place.outside");
		}
		if ((latitude == null) != (longitude == null) || (latitude != null
				&& (latitude < 29 || latitude > 34 || longitude < 33 || longitude > 37))) {
			errors.put("latitude", "cases.location.invalid");
		}
		if (reporter != null) {
			if (reporter.email() != null && !reporter.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				errors.put("email", "cases.reporter.email-invalid");
			}
			if (reporter.phone() != null && !reporter.phone().matches("[+0-9 ()-]{6,20}")) {
				errors.put("phone", "cases.reporter.phone-invalid");
			}
			if (reporter.name() != null && reporter.name().length() > 200) {
				errors.put("name", "cases.field.too-long");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("cases.case.invalid", errors);
		}
		return new CaseDraft(title, description, governorate, place, input.facilityId(), sector, latitude, longitude,
				visitId, indicator);
	}

	// ---------------------------------------------------------------- reading

	/** A case this person may read. */
	@Transactional(readOnly = true)
	public CaseSummary byReference(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		requireRead(file, actor);
		return file.toSummary();
	}

	/** The timeline, with internal notes for staff who may act on the case or read everything. */
	@Transactional(readOnly = true)
	public List<CaseEventView> timeline(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		requireRead(file, actor);
		boolean internal = actor.isAdmin() || actor.manages(file.getGovernorateCode()) || actor.hasRole("ANALYST");
		return file.getEvents().stream().map(e -> e.toView(internal)).toList();
	}

	/** What this person may do on the case now. */
	@Transactional(readOnly = true)
	public List<CaseAction> actions(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		CaseActor as = actorOf(file, actor);
		return Workflow.actions(file.getStatus(), as).stream()
			.filter(a -> a != CaseAction.ESCALATE || overdue(file))
			.toList();
	}

	/** The workflow's name for this person on this case. */
	@Transactional(readOnly = true)
	public CaseActor actorOf(String reference, RasdPrincipal actor) {
		return actorOf(load(reference), actor);
	}

	/**
	 * The reporter's sealed identity and contacts: coordinators of the case's governorate and administrators only;
	 * every read is audited.
	 */
	public ReporterDetails reporter(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.sealed");
		}
		audit.record("case.reporter-read", "case", reference, file.getGovernorateCode(), null);
		return reporters.findById(file.getId()).map(Reporter::toDetails).orElse(ReporterDetails.none("ar"));
	}

	/** The queue: cases this person may see that match the filters. */
	@Transactional(readOnly = true)
	public PageResult<CaseSummary> queue(CaseQuery query, int page, int size, RasdPrincipal actor) {
		Sort sort = query.oldestFirst() ? Sort.by("createdAt", "id") : Sort.by("createdAt", "id").descending();
		var result = cases.findPage(matching(query, actor), PageRequest.of(Math.max(page, 0), pageSize(size), sort));
		return PageResult.of(result, CaseFile::toSummary);
	}

	/**
	 * The orders of the case list: by the day reported, the last change, or the reference; a leading minus means
	 * newest (or last) first.
	 */
	public static final ps.rasd.shared.SortOptions SORTS = ps.rasd.shared.SortOptions.of("-reported", "reported",
			"-updated", "updated", "reference", "-reference");

	/**
	 * One page of the cases this person may see that match the filters, with keyset paging: up to
	 * {@link ps.rasd.shared.CursorRequest#fetchSize()} cases after the cursor, in the order asked (then by id). The
	 * {@code oldestFirst} flag of the query is ignored: the order is the request's.
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> list(CaseQuery query, ps.rasd.shared.CursorRequest page, RasdPrincipal actor) {
		String attribute = switch (page.key()) {
			case "updated" -> "updatedAt";
			case "reference" -> "reference";
			default -> "createdAt";
		};
		Specification<CaseFile> spec = matching(query, actor);
		if (!page.first()) {
			spec = spec.and((root, q, cb) -> "reference".equals(attribute)
					? ps.rasd.shared.Keyset.after(cb, root.<String>get(attribute), root.<Long>get("id"),
							page.afterKey(), page.afterId(), page.descending())
					: ps.rasd.shared.Keyset.after(cb, root.<Instant>get(attribute), root.<Long>get("id"),
							page.afterInstant(), page.afterId(), page.descending()));
		}
		Sort.Direction direction = page.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
		return cases.findBy(spec, q -> q.sortBy(Sort.by(direction, attribute, "id")).limit(page.fetchSize()).all())
			.stream()
			.map(CaseFile::toSummary)
			.toList();
	}

	private Specification<CaseFile> matching(CaseQuery query, RasdPrincipal actor) {
		Instant now = clock.instant();
		Scope scope = scope(actor, blank(query.governorateCode()));
		Set<CaseStatus> states = EnumSet.noneOf(CaseStatus.class);
		if (query.statuses() != null) {
			states.addAll(query.statuses());
		}
		if (query.overdueOnly()) {
			// one list of states, not two: the planner estimates a single IN list well
			if (states.isEmpty()) {
				states.addAll(UNANSWERED);
			}
			else {
				states.retainAll(UNANSWERED);
			}
		}
		return (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			scope.predicate(actor, root, cb).ifPresent(where::add);
			if (!states.isEmpty()) {
				where.add(root.get("status").in(states));
			}
			else if (query.overdueOnly()) {
				where.add(cb.disjunction());
			}
			if (blank(query.governorateCode()) != null) {
				where.add(cb.equal(root.get("governorateCode"), query.governorateCode()));
			}
			if (blank(query.sectorCode()) != null) {
				where.add(cb.equal(root.get("sectorCode"), query.sectorCode()));
			}
			if (query.authorityId() != null) {
				where.add(cb.equal(root.get("authorityId"), query.authorityId()));
			}
			if (query.minAgeDays() != null && query.minAgeDays() > 0) {
				where.add(cb.lessThanOrEqualTo(root.get("createdAt"), now.minus(Duration.ofDays(query.minAgeDays()))));
			}
			if (query.overdueOnly()) {
				where.add(cb.lessThan(root.get("dueAt"), now));
			}
			return cb.and(where.toArray(new Predicate[0]));
		};
	}

	/**
	 * Which cases a person may see in the queue: everything (administrators, analysts), or their governorates (as a
	 * coordinator), the cases they filed, and the partners' tiers (as a partner).
	 *
	 * @param restricted whether a predicate is needed at all: a filter on one of the coordinator's governorates
	 * already keeps to the scope
	 * @param governorates the coordinator's governorates, empty otherwise
	 * @param filedBy whether "or filed by me" is needed: a coordinator files in their own governorates, so it is
	 * added only when one of their cases lies elsewhere (an OR over two indexes makes the count read every matching
	 * row from the table instead of the index alone)
	 */
	private record Scope(boolean restricted, Set<String> governorates, boolean filedBy) {

		Optional<Predicate> predicate(RasdPrincipal actor, Root<CaseFile> root, CriteriaBuilder cb) {
			if (!restricted) {
				return Optional.empty();
			}
			List<Predicate> any = new ArrayList<>();
			if (!governorates.isEmpty()) {
				any.add(root.get("governorateCode").in(governorates));
			}
			if (filedBy) {
				any.add(cb.equal(root.get("filedBy"), actor.accountId()));
			}
			if (actor.hasRole("PARTNER")) {
				any.add(root.get("tier").in(Tier.PARTNERS, Tier.PUBLIC));
			}
			return Optional.of(any.size() == 1 ? any.get(0) : cb.or(any.toArray(new Predicate[0])));
		}
	}

	private Scope scope(RasdPrincipal actor, String governorate) {
		Set<String> governorates = actor.hasRole("COORDINATOR") ? actor.governorateCodes() : Set.of();
		if (actor.isAdmin() || actor.hasRole("ANALYST")
				|| (governorate != null && governorates.contains(governorate))) {
			return new Scope(false, governorates, false);
		}
		boolean filedBy = governorates.isEmpty()
				|| cases.existsByFiledByAndGovernorateCodeNotIn(actor.accountId(), governorates);
		return new Scope(true, governorates, filedBy);
	}

	/** What the coordinator must act on, across their governorates. */
	@Transactional(readOnly = true)
	public Dashboard dashboard(RasdPrincipal actor) {
		requireStaffReader(actor);
		boolean all = actor.isAdmin() || actor.hasRole("ANALYST");
		Set<String> govs = actor.governorateCodes().isEmpty() ? Set.of("--") : actor.governorateCodes();
		// the two states the dashboard shows, not every state: a coordinator's history is a fifth of a million rows
		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		Set<CaseStatus> shown = EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.RESOLVED);
		for (Object[] row : all ? cases.countByStatus(shown) : cases.countByStatusIn(shown, govs)) {
			byStatus.put((CaseStatus) row[0], (Long) row[1]);
		}
		long overdue = cases.count(matching(new CaseQuery(Set.of(), null, null, null, null, true, false), actor));
		long moderation = replies.awaiting(Moderation.PENDING, all, govs).size();
		return new Dashboard(overdue, byStatus.getOrDefault(CaseStatus.SUBMITTED, 0L),
				byStatus.getOrDefault(CaseStatus.RESOLVED, 0L), moderation);
	}

	/**
	 * Open cases that may be the same problem: at the same facility, within {@link #NEARBY_METRES}, or with a text
	 * at least {@link #SIMILAR_TEXT} alike in the same governorate and sector; most alike first.
	 */
	@Transactional(readOnly = true)
	public List<SimilarCase> similar(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		requireRead(file, actor);
		CaseSummary self = file.toSummary();
		Map<Long, SimilarCase> found = new LinkedHashMap<>();
		PageRequest some = PageRequest.of(0, 50);
		if (self.facilityId() != null) {
			for (CaseFile other : cases.openAtFacility(self.facilityId(), OPEN, self.id(), some)) {
				found.put(other.getId(), similar(self, other.toSummary(), SimilarCase.Reason.SAME_FACILITY));
			}
		}
		if (self.latitude() != null) {
			double dLat = NEARBY_METRES / 111_000.0;
			double dLon = dLat / Math.cos(Math.toRadians(self.latitude()));
			for (CaseFile other : cases.openWithin(self.latitude() - dLat, self.latitude() + dLat,
					self.longitude() - dLon, self.longitude() + dLon, OPEN, self.id(), some)) {
				CaseSummary o = other.toSummary();
				if (Similarity.metres(self.latitude(), self.longitude(), o.latitude(), o.longitude()) <= NEARBY_METRES) {
					found.putIfAbsent(o.id(), similar(self, o, SimilarCase.Reason.NEARBY));
				}
			}
		}
		for (CaseFile other : cases.openInArea(self.governorateCode(), self.sectorCode(), OPEN, self.id(),
				PageRequest.of(0, 500))) {
			CaseSummary o = other.toSummary();
			if (!found.containsKey(o.id())
					&& Similarity.of(self.title() + " " + self.description(), o.title() + " " + o.description())
							>= SIMILAR_TEXT) {
				found.put(o.id(), similar(self, o, SimilarCase.Reason.SIMILAR_TEXT));
			}
		}
		return found.values().stream()
			.sorted(Comparator.comparingDouble(SimilarCase::textSimilarity).reversed())
			.limit(10)
			.toList();
	}

	private static SimilarCase similar(CaseSummary self, CaseSummary other, SimilarCase.Reason reason) {
		double text = Similarity.of(self.title() + " " + self.description(), other.title() + " " + other.description());
		Double metres = self.latitude() != null && other.latitude() != null
				? Similarity.metres(self.latitude(), self.longitude(), other.latitude(), other.longitude()) : null;
		return new SimilarCase(other.reference(), other.title(), other.status(), reason, text, metres);
	}

	/**
	 * A published case, for anyone; a case that is not (or no longer) public is not found, whoever asks.
	 * @throws NotFoundException when there is no such public case
	 */
	@Transactional(readOnly = true)
	public PublicFinding publicFinding(String reference) {
		CaseFile file = load(reference);
		CaseSummary summary = file.toSummary();
		if (!summary.isPublic(LocalDate.now(clock.withZone(ZONE)))) {
			throw new NotFoundException("cases.not-found");
		}
		return toFinding(summary, file.getEvents().stream()
			.filter(e -> !"NOTE".equals(e.getAction()))
			.map(e -> e.toView(false))
			.map(v -> new PublicFinding.Step(v.step(), v.to(), v.at(), v.publicNote()))
			.toList(), replies.findByCaseIdOrderByReceivedAtAsc(file.getId()).stream()
				.map(Reply::toView)
				.filter(r -> r.moderation() == Moderation.APPROVED)
				.map(r -> new PublicFinding.PublicReply(r.authorityId(), r.kind(), r.publicText(), r.receivedAt()))
				.toList());
	}

	/** Published cases, newest first, for anyone. */
	@Transactional(readOnly = true)
	public PageResult<PublicFinding> publicFindings(String governorateCode, String sectorCode, int page, int size) {
		return publicFindings(new PublicQuery(governorateCode, sectorCode, Set.of(), null, null, null), page, size);
	}

	/**
	 * Published cases matching a query (the Open311 {@code GET requests} filters), newest first.
	 *
	 * @param governorateCode one governorate, or {@code null}
	 * @param sectorCode one sector, or {@code null}
	 * @param references only these references, or empty for any
	 * @param from filed at or after, or {@code null}
	 * @param to filed before, or {@code null}
	 * @param open only open ({@code true}) or closed ({@code false}) cases, or {@code null} for both
	 */
	public record PublicQuery(String governorateCode, String sectorCode, Set<String> references, Instant from,
			Instant to, Boolean open) {
	}

	/** Published cases matching the query, newest first. */
	@Transactional(readOnly = true)
	public PageResult<PublicFinding> publicFindings(PublicQuery query, int page, int size) {
		var result = cases.findAll(publicSpec(query, null, null), PageRequest.of(Math.max(page, 0), pageSize(size),
				NEWEST_PUBLISHED));
		return PageResult.of(result, f -> toFinding(f.toSummary(), List.of(), List.of()));
	}

	/** Published cases at a facility, open ({@code true}), closed ({@code false}) or both, newest first. */
	@Transactional(readOnly = true)
	public PageResult<PublicFinding> publicFindingsAt(long facilityId, Boolean open, int page, int size) {
		var result = cases.findAll(publicSpec(new PublicQuery(null, null, Set.of(), null, null, open), facilityId,
				null), PageRequest.of(Math.max(page, 0), pageSize(size), NEWEST_PUBLISHED));
		return PageResult.of(result, f -> toFinding(f.toSummary(), List.of(), List.of()));
	}

	/** Published cases referred to an authority unit, open, closed or both, newest first. */
	@Transactional(readOnly = true)
	public PageResult<PublicFinding> publicFindingsReferredTo(long authorityId, Boolean open, int page, int size) {
		var result = cases.findAll(publicSpec(new PublicQuery(null, null, Set.of(), null, null, open), null,
				authorityId), PageRequest.of(Math.max(page, 0), pageSize(size), NEWEST_PUBLISHED));
		return PageResult.of(result, f -> toFinding(f.toSummary(), List.of(), List.of()));
	}

	/**
	 * The latest published cases of a governorate and sector (either may be {@code null} for all), newest first,
	 * without counting them all as a page would (the home page and the feeds ask for these on every view).
	 */
	@Transactional(readOnly = true)
	public List<PublicFinding> latestFindings(String governorateCode, String sectorCode, int count) {
		return cases.findBy(publicSpec(new PublicQuery(governorateCode, sectorCode, Set.of(), null, null, null), null,
				null),
				q -> q.sortBy(NEWEST_PUBLISHED).limit(pageSize(count)).all())
			.stream()
			.map(f -> toFinding(f.toSummary(), List.of(), List.of()))
			.toList();
	}

	private static final Sort NEWEST_PUBLISHED = Sort.by("publishedAt", "id").descending();

	private Specification<CaseFile> publicSpec(PublicQuery query, Long facilityId, Long authorityId) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		return (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (facilityId != null) {
				where.add(cb.equal(root.get("facilityId"), facilityId));
			}
			if (authorityId != null) {
				where.add(cb.equal(root.get("authorityId"), authorityId));
			}
			where.add(cb.equal(root.get("tier"), Tier.PUBLIC));
			where.add(cb.isNotNull(root.get("publicTitle")));
			where.add(cb.or(cb.isNull(root.get("embargoUntil")), cb.lessThanOrEqualTo(root.get("embargoUntil"), today)));
			if (blank(query.governorateCode()) != null) {
				where.add(cb.equal(root.get("governorateCode"), query.governorateCode()));
			}
			if (blank(query.sectorCode()) != null) {
				where.add(cb.equal(root.get("sectorCode"), query.sectorCode()));
			}
			if (query.references() != null && !query.references().isEmpty()) {
				where.add(root.get("reference").in(query.references()));
			}
			if (query.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), query.from()));
			}
			if (query.to() != null) {
				where.add(cb.lessThan(root.get("createdAt"), query.to()));
			}
			if (query.open() != null) {
				where.add(root.get("status").in(query.open() ? OPEN : EnumSet.complementOf(EnumSet.copyOf(OPEN))));
			}
			return cb.and(where.toArray(new Predicate[0]));
		};
	}

	private static PublicFinding toFinding(CaseSummary s, List<PublicFinding.Step> steps,
			List<PublicFinding.PublicReply> replies) {
		return new PublicFinding(s.reference(), s.publicTitle(), s.publicStory(), s.governorateCode(), s.placeId(),
				s.facilityId(), s.sectorCode(), s.status(), s.authorityId(), s.createdAt(), s.publishedAt(),
				s.updatedAt(), steps, replies);
	}

	/** How an authority unit answers the cases referred to it (figures for everyone; few referrals are flagged). */
	@Transactional(readOnly = true)
	public AuthorityScorecard scorecard(long authorityId) {
		return scorecard(cases.referralsOf(authorityId), 0, clock.instant());
	}

	/**
	 * How an authority unit answered the cases referred to it within a period ({@code from} included, {@code to}
	 * excluded): replies and overdue referrals are counted as they stood at the end of the period (or now, when that
	 * is sooner), so a report on a past period does not change with later events.
	 */
	@Transactional(readOnly = true)
	public AuthorityScorecard scorecard(long authorityId, Instant from, Instant to) {
		Instant now = clock.instant();
		return scorecard(cases.referralsOf(authorityId, from, to), 0, to.isBefore(now) ? to : now);
	}

	/**
	 * How each authority unit answers the cases referred to it in a governorate or a sector (either may be
	 * {@code null}), the units with most referrals first, at most {@code limit} of them.
	 */
	@Transactional(readOnly = true)
	public Map<Long, AuthorityScorecard> scorecardsIn(String governorateCode, String sectorCode, int limit) {
		Map<Long, List<Object[]>> byUnit = new java.util.HashMap<>();
		for (Object[] row : cases.referralsIn(governorateCode, sectorCode)) {
			byUnit.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
		}
		Instant now = clock.instant();
		Map<Long, AuthorityScorecard> cards = new LinkedHashMap<>();
		byUnit.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<Long, List<Object[]>> e) -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.limit(limit)
			.forEach(e -> cards.put(e.getKey(), scorecard(e.getValue(), 1, now)));
		return cards;
	}

	/** The figures of referral rows whose referral time is at index {@code from}, as they stood at {@code asOf}. */
	private static AuthorityScorecard scorecard(List<Object[]> referrals, int from, Instant asOf) {
		AuthorityScorecard.Tally tally = new AuthorityScorecard.Tally(asOf);
		for (Object[] row : referrals) {
			tally.add((Instant) row[from], (Instant) row[from + 1], (CaseStatus) row[from + 2], (Instant) row[from + 3]);
		}
		return tally.result();
	}

	/** Open cases at a facility this person may read (staff of its governorate, analysts, administrators). */
	@Transactional(readOnly = true)
	public List<CaseSummary> openAt(long facilityId, RasdPrincipal actor) {
		if (actor == null) {
			return List.of();
		}
		return cases.openAtFacility(facilityId, OPEN, -1, PageRequest.of(0, 20)).stream()
			.filter(c -> actor.isAdmin() || actor.hasRole("ANALYST") || actor.manages(c.getGovernorateCode())
					|| (c.getFiledBy() != null && c.getFiledBy() == actor.accountId()))
			.map(CaseFile::toSummary)
			.toList();
	}

	/** The duplicates that follow this case. */
	@Transactional(readOnly = true)
	public List<CaseSummary> duplicatesOf(long caseId) {
		return cases.findByDuplicateOfId(caseId).stream().map(CaseFile::toSummary).toList();
	}

	/** A case by id, without access checks (for other modules' listeners and the mail). */
	@Transactional(readOnly = true)
	public CaseSummary get(long id) {
		return cases.findById(id).map(CaseFile::toSummary).orElseThrow(() -> new NotFoundException("cases.not-found"));
	}

	/** The public timeline of a case by id (no internal notes), for mail and public pages. */
	@Transactional(readOnly = true)
	public List<CaseEventView> publicTimeline(long id) {
		return cases.findById(id).orElseThrow(() -> new NotFoundException("cases.not-found")).getEvents().stream()
			.map(e -> e.toView(false)).toList();
	}

	/** The reporter's contacts for the mail of updates (only when they asked for updates). */
	@Transactional(readOnly = true)
	public Optional<ReporterDetails> reporterForUpdates(long caseId) {
		return reporters.findById(caseId).map(Reporter::toDetails).filter(ReporterDetails::wantsUpdates);
	}

	// ---------------------------------------------------------------- workflow

	/**
	 * Takes an action on a case, as this person, against the version they saw.
	 * @throws ForbiddenException when the person may not take it (role or governorate)
	 * @throws ConflictException {@code cases.case.stale} when someone else changed the case since it was read,
	 *         {@code cases.transition.invalid} when the action cannot start from the case's state
	 */
	public CaseSummary act(String reference, CaseAction action, long version, ActionInput input,
			RasdPrincipal actor) {
		CaseFile file = load(reference);
		CaseActor as = actorOf(file, actor);
		if (Workflow.target(file.getStatus(), action).isPresent() && !Workflow.allows(file.getStatus(), action, as)) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (Workflow.target(file.getStatus(), action).isEmpty() && !mayAct(as)) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (action.isReply()) {
			return recordReply(file, action, version, input, as, actor.accountId(), "STAFF");
		}
		if (action == CaseAction.CONFIRM_FIX || action == CaseAction.REOPEN) {
			followUps.findFirstByCaseIdAndDoneAtIsNull(file.getId()).ifPresent(f -> f.done(
					action == CaseAction.CONFIRM_FIX ? CaseStatus.CONFIRMED_FIXED.name() : CaseStatus.REOPENED.name(),
					blank(input.internalNote()), clock.instant()));
		}
		return transition(file, action, version, input, as, actor.accountId());
	}

	private static boolean mayAct(CaseActor as) {
		return as == CaseActor.COORDINATOR || as == CaseActor.FOLLOW_UP_MONITOR || as == CaseActor.REPORTER;
	}

	private CaseSummary transition(CaseFile file, CaseAction action, long version, ActionInput input, CaseActor as,
			Long actorId) {
		Instant now = clock.instant();
		Change change = Change.notes(input.internalNote(), input.publicNote());
		Long linkId = null;
		if (action == CaseAction.REFER || action == CaseAction.ESCALATE) {
			AuthoritySummary unit = action == CaseAction.REFER ? referralUnit(file, input.authorityId())
					: parentUnit(file);
			if (action == CaseAction.ESCALATE && !overdue(file)) {
				throw new ConflictException("cases.escalate.not-overdue");
			}
			Instant due = dueAt(unit, input.dueOn(), now);
			change = new Change(unit.id(), due, null, input.internalNote(), input.publicNote());
			file.apply(action, version, as, actorId, change, now);
			linkId = newReplyLink(file, unit.id(), due, now);
		}
		else if (action == CaseAction.MARK_DUPLICATE) {
			CaseFile original = cases.findByReference(blank(input.duplicateOf()) == null ? "" : input.duplicateOf().strip())
				.orElseThrow(() -> new InvalidInputException("cases.case.invalid",
						Map.of("duplicateOf", "cases.duplicate.unknown")));
			if (original.getId().equals(file.getId()) || original.getStatus() == CaseStatus.DUPLICATE) {
				throw new InvalidInputException("cases.case.invalid", Map.of("duplicateOf", "cases.duplicate.invalid"));
			}
			change = new Change(null, null, original.getId(), input.internalNote(), input.publicNote());
			file.apply(action, version, as, actorId, change, now);
		}
		else {
			if (action == CaseAction.CLOSE_UNRESOLVED || action == CaseAction.REJECT) {
				if (blank(input.publicNote()) == null) {
					throw new InvalidInputException("cases.case.invalid",
							Map.of("publicNote", "cases.public-reason.required"));
				}
			}
			file.apply(action, version, as, actorId, change, now);
		}
		if (!file.getStatus().awaitsAuthority()) {
			links.findByCaseIdAndUsedAtIsNull(file.getId()).forEach(l -> l.revoke(now));
		}
		cases.flush();
		audit.record("case." + action.name().toLowerCase().replace('_', '-'), "case", file.getReference(),
				file.getGovernorateCode(), "status=" + file.getStatus());
		CaseSummary after = file.toSummary();
		events.publishEvent(new CaseMoved(after.id(), after.reference(), action, lastFrom(file), after.status(),
				after.authorityId(), linkId));
		events.publishEvent(SearchableChanged.of(SEARCH_TYPE, after.id()));
		return after;
	}

	private static CaseStatus lastFrom(CaseFile file) {
		List<CaseEvent> all = file.getEvents();
		return all.isEmpty() ? null : all.get(all.size() - 1).toView(false).from();
	}

	private CaseSummary recordReply(CaseFile file, CaseAction action, long version, ActionInput input, CaseActor as,
			Long actorId, String via) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (action == CaseAction.REPLY_SCHEDULED && input.scheduledFor() == null) {
			errors.put("scheduledFor", "cases.field.required");
		}
		if (action == CaseAction.REPLY_NOT_RESPONSIBLE && blank(input.responsibleNamed()) == null) {
			errors.put("responsibleNamed", "cases.field.required");
		}
		if (input.internalNote() != null && input.internalNote().length() > 4000) {
			errors.put("message", "cases.field.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("cases.case.invalid", errors);
		}
		Long authority = file.getAuthorityId();
		CaseSummary after = transition(file, action, version, input, as, actorId);
		replies.save(new Reply(file.getId(), authority == null ? 0 : authority, action, blank(input.internalNote()),
				input.scheduledFor(), blank(input.responsibleNamed()), via, clock.instant()));
		return after;
	}

	private AuthoritySummary referralUnit(CaseFile file, Long chosen) {
		if (chosen != null) {
			try {
				return registry.authority(chosen);
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("cases.case.invalid", Map.of("authorityId", "cases.authority.unknown"));
			}
		}
		return suggestedAuthority(file.toSummary()).orElseThrow(() -> new InvalidInputException("cases.case.invalid",
				Map.of("authorityId", "cases.authority.none-suggested")));
	}

	private AuthoritySummary parentUnit(CaseFile file) {
		AuthoritySummary current = registry.authority(file.getAuthorityId());
		if (current.parentId() == null) {
			throw new ConflictException("cases.escalate.no-parent");
		}
		return registry.authority(current.parentId());
	}

	/** The unit the routing rules suggest for this case. */
	@Transactional(readOnly = true)
	public Optional<AuthoritySummary> suggestedAuthority(CaseSummary summary) {
		String type = summary.facilityId() == null ? null : registry.facility(summary.facilityId()).typeCode();
		Optional<AuthoritySummary> rule = registry.suggestAuthority(summary.sectorCode(), summary.governorateCode(), type);
		if (rule.isPresent() || summary.facilityId() == null) {
			return rule;
		}
		return Optional.of(registry.authority(registry.facility(summary.facilityId()).authorityId()));
	}

	private Instant dueAt(AuthoritySummary unit, LocalDate chosen, Instant now) {
		if (chosen != null) {
			if (!chosen.isAfter(LocalDate.ofInstant(now, ZONE))) {
				throw new InvalidInputException("cases.case.invalid", Map.of("dueOn", "cases.due.past"));
			}
			return chosen.plusDays(1).atStartOfDay(ZONE).toInstant();
		}
		int days = unit.replyDeadlineDays() > 0 ? unit.replyDeadlineDays() : properties.defaultDeadlineDays();
		return now.plus(Duration.ofDays(days));
	}

	private long newReplyLink(CaseFile file, long authorityId, Instant due, Instant now) {
		links.findByCaseIdAndUsedAtIsNull(file.getId()).forEach(l -> l.revoke(now));
		Instant expires = due.plus(Duration.ofDays(properties.replyLinkDays()));
		return links.save(new ReplyLink(file.getId(), authorityId, now, expires)).getId();
	}

	/** The token of a reply link (for the referral mail and letter). */
	@Transactional(readOnly = true)
	public String replyToken(long linkId) {
		ReplyLink link = links.findById(linkId).orElseThrow(() -> new NotFoundException("cases.link.invalid"));
		return signer.sign(link.getId(), link.getExpiresAt().getEpochSecond());
	}

	/** The reply token of the case's current referral, if a link is still open (for the letter page). */
	@Transactional(readOnly = true)
	public Optional<String> currentReplyToken(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		return links.findByCaseIdAndUsedAtIsNull(file.getId()).stream()
			.filter(l -> l.getExpiresAt().isAfter(clock.instant()))
			.max(Comparator.comparing(ReplyLink::getId))
			.map(l -> signer.sign(l.getId(), l.getExpiresAt().getEpochSecond()));
	}

	// ---------------------------------------------------------------- the authority's reply

	/**
	 * What the reply link opens.
	 * @throws DomainException {@code cases.link.invalid} (malformed or tampered), {@code cases.link.expired},
	 *         {@code cases.link.used}
	 */
	@Transactional(readOnly = true)
	public ReplyContext replyContext(String token) {
		ReplyLink link = openLink(token);
		CaseFile file = cases.findById(link.getCaseId()).orElseThrow(() -> new NotFoundException("cases.not-found"));
		return new ReplyContext(file.toSummary(), link.getAuthorityId(), link.getExpiresAt());
	}

	/** The authority replies through its link; the link is then used up and the reply waits for moderation. */
	public CaseSummary reply(String token, CaseAction kind, String message, LocalDate scheduledFor,
			String responsibleNamed) {
		ReplyLink link = openLink(token);
		if (!kind.isReply()) {
			throw new ConflictException("cases.transition.invalid", kind.name(), "");
		}
		if (message != null && message.length() > 4000) {
			throw new InvalidInputException("cases.case.invalid", Map.of("message", "cases.field.too-long"));
		}
		CaseFile file = cases.findById(link.getCaseId()).orElseThrow(() -> new NotFoundException("cases.not-found"));
		if (Workflow.target(file.getStatus(), kind).isEmpty()) {
			throw new ConflictException("cases.transition.invalid", kind.name(), file.getStatus().name());
		}
		CaseSummary after = recordReply(file, kind, file.getVersion(),
				new ActionInput(null, null, null, scheduledFor, responsibleNamed, message, null), CaseActor.AUTHORITY,
				null, "LINK");
		link.use(clock.instant());
		if (after.status().awaitsAuthority()) {
			// the authority may write again as the case moves on: a fresh link, same expiry
			ReplyLink next = links.save(new ReplyLink(file.getId(), link.getAuthorityId(), clock.instant(),
					link.getExpiresAt()));
			events.publishEvent(new CaseMoved(after.id(), after.reference(), kind, null, after.status(),
					link.getAuthorityId(), next.getId()));
		}
		return after;
	}

	private ReplyLink openLink(String token) {
		long[] parts = signer.verify(token).orElseThrow(() -> new DomainException("cases.link.invalid"));
		ReplyLink link = links.findById(parts[0]).orElseThrow(() -> new DomainException("cases.link.invalid"));
		if (link.getExpiresAt().getEpochSecond() != parts[1]) {
			throw new DomainException("cases.link.invalid");
		}
		if (link.getUsedAt() != null) {
			throw new DomainException("cases.link.used");
		}
		if (!clock.instant().isBefore(link.getExpiresAt())) {
			throw new DomainException("cases.link.expired");
		}
		return link;
	}

	/** The replies of a case: all for staff who may read it; the approved ones for anyone else. */
	@Transactional(readOnly = true)
	public List<ReplyView> replies(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		boolean staff = actor != null && (actor.isAdmin() || actor.manages(file.getGovernorateCode())
				|| actor.hasRole("ANALYST"));
		if (actor != null) {
			requireRead(file, actor);
		}
		return replies.findByCaseIdOrderByReceivedAtAsc(file.getId()).stream().map(Reply::toView)
			.filter(r -> staff || r.moderation() == Moderation.APPROVED)
			.toList();
	}

	/** Replies waiting for moderation in this person's governorates. */
	@Transactional(readOnly = true)
	public List<ReplyView> repliesToModerate(RasdPrincipal actor) {
		boolean all = actor.isAdmin();
		Set<String> govs = actor.governorateCodes().isEmpty() ? Set.of("--") : actor.governorateCodes();
		if (!all && !actor.hasRole("COORDINATOR")) {
			throw new ForbiddenException("cases.forbidden");
		}
		return replies.awaiting(Moderation.PENDING, all, govs).stream().map(Reply::toView).toList();
	}

	/** Approves (with the text to publish, e.g. redacted) or rejects an authority's reply. */
	public ReplyView moderate(long replyId, Moderation decision, String publicText, RasdPrincipal actor) {
		Reply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException("cases.reply.not-found"));
		CaseFile file = cases.findById(reply.getCaseId()).orElseThrow();
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (reply.getModeration() != Moderation.PENDING) {
			throw new ConflictException("cases.reply.moderated");
		}
		if (decision == Moderation.PENDING) {
			throw new InvalidInputException("cases.case.invalid", Map.of("decision", "cases.field.required"));
		}
		String text = blank(publicText) != null ? publicText.strip() : reply.toView().message();
		reply.moderate(decision, text, actor.accountId(), clock.instant());
		audit.record("case.reply-" + decision.name().toLowerCase(), "case", file.getReference(),
				file.getGovernorateCode(), "reply=" + replyId);
		return reply.toView();
	}

	// ---------------------------------------------------------------- follow-up

	/** Assigns a monitor of the case's governorate to check a fix the authority reported. */
	public FollowUpView assignFollowUp(String reference, long monitorId, LocalDate dueOn, RasdPrincipal actor) {
		CaseFile file = load(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (file.getStatus() != CaseStatus.RESOLVED) {
			throw new ConflictException("cases.follow-up.not-resolved");
		}
		AccountSummary monitor = identity.account(monitorId)
			.filter(a -> a.enabled() && a.roles().contains(Role.MONITOR)
					&& a.governorates().contains(file.getGovernorateCode()))
			.orElseThrow(() -> new InvalidInputException("cases.case.invalid",
					Map.of("monitorId", "cases.follow-up.monitor-invalid")));
		followUps.findFirstByCaseIdAndDoneAtIsNull(file.getId()).ifPresent(f -> f.done("REASSIGNED", null,
				clock.instant()));
		LocalDate due = dueOn != null ? dueOn : LocalDate.ofInstant(clock.instant(), ZONE).plusDays(
				properties.followUpDays());
		FollowUp saved = followUps.save(new FollowUp(file.getId(), monitor.id(), actor.accountId(), clock.instant(),
				due));
		audit.record("case.follow-up-assigned", "case", reference, file.getGovernorateCode(), "monitor=account-"
				+ monitorId);
		return saved.toView();
	}

	/** The open follow-up checks of this monitor, with their cases. */
	@Transactional(readOnly = true)
	public List<CaseSummary> myFollowUps(RasdPrincipal actor) {
		return followUps.findByMonitorIdAndDoneAtIsNullOrderByAssignedAtAsc(actor.accountId()).stream()
			.map(f -> get(f.getCaseId()))
			.toList();
	}

	/** The follow-ups of a case. */
	@Transactional(readOnly = true)
	public List<FollowUpView> followUps(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		requireRead(file, actor);
		return followUps.findByCaseIdOrderByAssignedAtAsc(file.getId()).stream().map(FollowUp::toView).toList();
	}

	/** Monitors of this coordinator's governorates (to send to check fixes). */
	@Transactional(readOnly = true)
	public List<AccountSummary> monitorsOf(RasdPrincipal actor) {
		if (!(actor.isAdmin() || actor.hasRole("COORDINATOR"))) {
			return List.of();
		}
		return identity.withRoleIn(Role.MONITOR, actor.isAdmin() ? allGovernorateCodes() : actor.governorateCodes());
	}

	private Set<String> allGovernorateCodes() {
		return geography.governorates().stream().map(g -> g.code()).collect(java.util.stream.Collectors.toSet());
	}

	/** Monitors who may be sent to check a case. */
	@Transactional(readOnly = true)
	public List<AccountSummary> monitorsFor(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		return identity.withRoleIn(Role.MONITOR, Set.of(file.getGovernorateCode()));
	}

	// ---------------------------------------------------------------- the reporter's tracking link

	/** The case a tracking token opens (the original case when it was marked a duplicate). */
	@Transactional(readOnly = true)
	public Optional<CaseSummary> tracked(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return cases.findByTrackingHash(LinkSigner.hash(token)).map(CaseFile::toSummary);
	}

	/** The reporter adds information through the tracking link; a case waiting for it goes back to verification. */
	public CaseSummary addInformation(String token, String text) {
		CaseFile file = cases.findByTrackingHash(LinkSigner.hash(token == null ? "" : token))
			.orElseThrow(() -> new NotFoundException("cases.not-found"));
		if (blank(text) == null) {
			throw new InvalidInputException("cases.case.invalid", Map.of("text", "cases.field.required"));
		}
		if (text.length() > 4000) {
			throw new InvalidInputException("cases.case.invalid", Map.of("text", "cases.field.too-long"));
		}
		if (!file.getStatus().isOpen()) {
			throw new ConflictException("cases.case.closed");
		}
		Instant now = clock.instant();
		if (file.getStatus() == CaseStatus.NEEDS_INFO) {
			file.apply(CaseAction.PROVIDE_INFO, file.getVersion(), CaseActor.REPORTER, null,
					Change.notes(text.strip(), null), now);
		}
		else {
			file.note(CaseActor.REPORTER, null, text.strip(), null, now);
		}
		cases.flush();
		audit.record("case.information-added", "case", file.getReference(), file.getGovernorateCode(), null);
		return file.toSummary();
	}

	// ---------------------------------------------------------------- deadlines and retention

	/**
	 * Marks referrals past their due date as overdue and sends the reminders due (a scheduled job calls this).
	 * @return how many cases were marked or reminded
	 */
	public int checkDeadlines() {
		Instant now = clock.instant();
		int touched = 0;
		for (CaseFile file : cases.newlyOverdue(UNANSWERED, now, PageRequest.of(0, 500))) {
			file.markOverdue(now);
			audit.record("case.overdue", "case", file.getReference(), file.getGovernorateCode(), null);
			events.publishEvent(new CaseEvents.DeadlineNear(file.getId(), file.getReference(), file.getAuthorityId(),
					true));
			touched++;
		}
		Instant soon = now.plus(Duration.ofDays(properties.reminderDaysBefore()));
		for (CaseFile file : cases.dueForReminder(UNANSWERED, soon, PageRequest.of(0, 500))) {
			file.reminded(now);
			if (file.getOverdueSince() == null) {
				events.publishEvent(new CaseEvents.DeadlineNear(file.getId(), file.getReference(),
						file.getAuthorityId(), false));
				touched++;
			}
		}
		return touched;
	}

	/** Erases reporters' contacts a configured time after their case closed. */
	public int eraseOldContacts() {
		Instant now = clock.instant();
		List<Reporter> old = reporters.closedBefore(now.minus(properties.contactRetention()));
		old.forEach(r -> r.erase(now));
		if (!old.isEmpty()) {
			audit.record("case.contacts-erased", "case", "*", null, "count=" + old.size());
		}
		return old.size();
	}

	/**
	 * Erases a reporter on request: name and contacts removed, the case and its statistics kept (coordinators of
	 * the governorate and administrators).
	 */
	public void eraseReporter(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		reporters.findById(file.getId()).ifPresent(r -> r.erase(clock.instant()));
		audit.record("case.reporter-erased", "case", reference, file.getGovernorateCode(), null);
	}

	/** The open reply link of a case's current referral, for the reminder mail. */
	@Transactional(readOnly = true)
	public Optional<Long> openLinkId(long caseId) {
		return links.findByCaseIdAndUsedAtIsNull(caseId).stream().map(ReplyLink::getId).max(Long::compare);
	}

	// ---------------------------------------------------------------- publication

	/**
	 * Sets who may read the case, from when, and the redacted copy the public reads (coordinators of the
	 * governorate). Making it public needs a public title and story.
	 */
	public CaseSummary publication(String reference, long version, Tier tier, LocalDate embargoUntil,
			String publicTitle, String publicStory, RasdPrincipal actor) {
		CaseFile file = load(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (file.getVersion() != version) {
			throw new ConflictException("cases.case.stale");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (tier == Tier.PUBLIC && blank(publicTitle) == null) {
			errors.put("publicTitle", "cases.public-copy.required");
		}
		if (tier == Tier.PUBLIC && blank(publicStory) == null) {
			errors.put("publicStory", "cases.public-copy.required");
		}
		if (publicTitle != null && publicTitle.length() > 200) {
			errors.put("publicTitle", "cases.field.too-long");
		}
		if (publicStory != null && publicStory.length() > 8000) {
			errors.put("publicStory", "cases.field.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("cases.case.invalid", errors);
		}
		file.publication(tier, embargoUntil, publicTitle, publicStory, clock.instant());
		cases.flush();
		audit.record("case.publication", "case", reference, file.getGovernorateCode(), "tier=" + tier);
		events.publishEvent(SearchableChanged.of(SEARCH_TYPE, file.getId()));
		return file.toSummary();
	}

	/**
	 * The redacted copy proposed for publication: the reporter's name (from the sealed record, not shown), ID
	 * numbers, phone numbers, e-mail addresses and exact coordinates are replaced; the coordinator reviews it.
	 */
	@Transactional(readOnly = true)
	public RedactedCopy proposePublicCopy(String reference, RasdPrincipal actor) {
		CaseFile file = load(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		CaseSummary summary = file.toSummary();
		List<String> names = reporters.findById(file.getId()).map(Reporter::toDetails).map(ReporterDetails::name)
			.filter(n -> n != null && !n.isBlank()).map(List::of).orElse(List.of());
		List<Redaction.Span> titleSpans = Redaction.propose(summary.title(), names);
		List<Redaction.Span> storySpans = Redaction.propose(summary.description(), names);
		List<Redaction.Kind> found = new ArrayList<>();
		titleSpans.forEach(s -> found.add(s.kind()));
		storySpans.forEach(s -> found.add(s.kind()));
		return new RedactedCopy(Redaction.apply(summary.title(), titleSpans),
				Redaction.apply(summary.description(), storySpans), found);
	}

	// ---------------------------------------------------------------- helpers

	private CaseFile load(String reference) {
		return cases.findByReference(reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("cases.not-found"));
	}

	private boolean overdue(CaseFile file) {
		return file.toSummary().overdue(clock.instant()) || file.getOverdueSince() != null;
	}

	private CaseActor actorOf(CaseFile file, RasdPrincipal actor) {
		if (actor == null) {
			return CaseActor.READER;
		}
		if (actor.manages(file.getGovernorateCode())) {
			return CaseActor.COORDINATOR;
		}
		if (actor.hasRole("COORDINATOR")) {
			return CaseActor.COORDINATOR_ELSEWHERE;
		}
		if (actor.hasRole("MONITOR") && followUps.findFirstByCaseIdAndDoneAtIsNull(file.getId())
			.filter(f -> f.getMonitorId() == actor.accountId()).isPresent()) {
			return CaseActor.FOLLOW_UP_MONITOR;
		}
		if (file.getFiledBy() != null && file.getFiledBy() == actor.accountId()) {
			return CaseActor.REPORTER;
		}
		return actor.hasRole("MONITOR") ? CaseActor.MONITOR : CaseActor.READER;
	}

	private void requireRead(CaseFile file, RasdPrincipal actor) {
		if (actor == null) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (actor.isAdmin() || actor.hasRole("ANALYST") || actor.manages(file.getGovernorateCode())) {
			return;
		}
		CaseActor as = actorOf(file, actor);
		if (as == CaseActor.REPORTER || as == CaseActor.FOLLOW_UP_MONITOR) {
			return;
		}
		// a monitor who was sent to check the case keeps reading it after the check
		if (actor.hasRole("MONITOR") && followUps.existsByCaseIdAndMonitorId(file.getId(), actor.accountId())) {
			return;
		}
		Tier tier = file.toSummary().tier();
		if (actor.hasRole("PARTNER") && (tier == Tier.PARTNERS || tier == Tier.PUBLIC)) {
			return;
		}
		throw new ForbiddenException("cases.forbidden");
	}

	private static void requireStaffReader(RasdPrincipal actor) {
		if (!(actor.isAdmin() || actor.hasRole("COORDINATOR") || actor.hasRole("ANALYST"))) {
			throw new ForbiddenException("cases.forbidden");
		}
	}

	private static int pageSize(int size) {
		return size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

	/** How many cases the account filed: a member's work shown on their person record. */
	@Transactional(readOnly = true)
	public long casesFiledBy(long accountId) {
		return cases.countByFiledBy(accountId);
	}
}
