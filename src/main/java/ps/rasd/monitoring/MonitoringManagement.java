package ps.rasd.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.monitoring.domain.VisitAccess;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Sight;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.forms.AnswerError;
import ps.rasd.forms.FormCheck;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.VersionStatus;
import ps.rasd.monitoring.domain.CaseRequest;
import ps.rasd.monitoring.domain.CaseRequestRepository;
import ps.rasd.monitoring.domain.Visit;
import ps.rasd.monitoring.domain.VisitRepository;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;

/**
 * The monitoring facade. Monitors start, save and submit visits to facilities of their governorates (a retry with
 * the same idempotency key returns the same visit); coordinators review the visits of their governorates; analysts
 * and administrators read everything. Publishes {@link VisitSubmitted} and {@link CaseRequested}.
 */
@Service
@Transactional
public class MonitoringManagement {

	/** The largest page the API serves. */
	public static final int MAX_PAGE_SIZE = 200;

	private final VisitRepository visits;

	private final CaseRequestRepository caseRequests;

	private final ps.rasd.monitoring.domain.AssignmentRepository assignments;

	private final ps.rasd.monitoring.domain.RoundRepository rounds;

	private final RegistryManagement registry;

	private final FormsManagement forms;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditTrail audit;

	private final EvidenceManagement evidence;

	MonitoringManagement(VisitRepository visits, CaseRequestRepository caseRequests,
			ps.rasd.monitoring.domain.AssignmentRepository assignments, ps.rasd.monitoring.domain.RoundRepository rounds,
			RegistryManagement registry, FormsManagement forms, ApplicationEventPublisher events, Clock clock,
			AuditTrail audit, EvidenceManagement evidence) {
		this.audit = audit;
		this.evidence = evidence;
		this.visits = visits;
		this.caseRequests = caseRequests;
		this.assignments = assignments;
		this.rounds = rounds;
		this.registry = registry;
		this.forms = forms;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts a draft visit of a facility, on the given form version or the current one of the facility's sector. A
	 * second call with the same idempotency key returns the visit the first one made.
	 * @throws ForbiddenException when the person may not monitor in the facility's governorate
	 * @throws DomainException {@code monitoring.visit.no-form}, {@code monitoring.visit.version-retired}
	 */
	public VisitSummary start(long facilityId, Long formVersionId, String idempotencyKey, RasdPrincipal actor) {
		Optional<Visit> existing = byKey(idempotencyKey, actor);
		if (existing.isPresent()) {
			return existing.get().toSummary();
		}
		FacilitySummary facility = registry.facility(facilityId);
		FormVersionSummary version = formFor(facility, formVersionId, actor);
		return create(facility, version, idempotencyKey, actor).toSummary();
	}

	/**
	 * The form a new visit of this facility is made with — the one asked for, or the sector's first answerable one —
	 * once the person may monitor there and the form may be answered.
	 */
	private FormVersionSummary formFor(FacilitySummary facility, Long formVersionId, RasdPrincipal actor) {
		if (!mayMonitor(actor, facility.governorateCode())) {
			throw new ForbiddenException("monitoring.forbidden");
		}
		FormVersionSummary version = formVersionId != null ? forms.version(formVersionId)
				: forms.answerable(facility.sectorCode()).stream().findFirst()
					.orElseThrow(() -> new DomainException("monitoring.visit.no-form"));
		requireAnswerable(version);
		return version;
	}

	private Visit create(FacilitySummary facility, FormVersionSummary version, String idempotencyKey,
			RasdPrincipal actor) {
		Visit visit = new Visit(newReference(), facility.id(), facility.governorateCode(), facility.sectorCode(),
				version.id(), actor.accountId(), blank(idempotencyKey), clock.instant());
		// the unique key refuses a second visit should the same key arrive twice at the very same moment
		Visit started = visits.saveAndFlush(visit);
		audit.record("visit.started", "visit", started.getId(), started.getGovernorateCode(),
				"facility=" + facility.id());
		return started;
	}

	/**
	 * A visit filled in the field app, perhaps offline and days ago: started (or found by its idempotency key) and
	 * submitted with its photos in one transaction. The form version it was filled with is accepted while it exists,
	 * also after a newer one was published, so that a phone that waited for a connection loses nothing; the answers
	 * are checked as any visit's. A retry of a visit that went through returns it unchanged; a refused one stays a
	 * draft under the same key, so the corrected visit is sent again with that key.
	 * @param assignmentId the assignment it was made for, if any (must be the person's, for that facility)
	 * @throws ForbiddenException when the person may not monitor in the facility's governorate
	 * @throws DomainException {@code monitoring.visit.no-form} when the version is not one that was published
	 */
	public VisitSaved submitFromField(Long assignmentId, long facilityId, long formVersionId,
			Map<String, String> answers, List<VisitFile> files, String idempotencyKey, RasdPrincipal actor) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new DomainException("monitoring.api.key-required");
		}
		Optional<Visit> existing = byKey(idempotencyKey, actor);
		if (existing.isPresent() && !existing.get().toSummary().status().editable()) {
			return new VisitSaved(new VisitCheck(existing.get().toSummary(), Map.of(), java.util.Set.of()), answers,
					Map.of(), null);
		}
		long visitId;
		if (existing.isPresent()) {
			visitId = existing.get().getId();
		}
		else {
			FacilitySummary facility = registry.facility(facilityId);
			if (!mayMonitor(actor, facility.governorateCode())) {
				throw new ForbiddenException("monitoring.forbidden");
			}
			FormVersionSummary version = forms.version(formVersionId);
			if (version.status() == VersionStatus.DRAFT) {
				throw new DomainException("monitoring.visit.no-form");
			}
			Visit visit = create(facility, version, idempotencyKey, actor);
			long created = visit.getId();
			visitId = created;
			if (assignmentId != null) {
				assignments.findById(assignmentId)
					.filter(a -> a.getMonitorId() == actor.accountId() && a.getFacilityId() == facilityId)
					.filter(a -> a.toSummary().visitId() == null)
					.ifPresent(a -> {
						visit.forAssignment(assignmentId);
						a.started(created);
					});
			}
		}
		Map<String, String> given = new LinkedHashMap<>(answers);
		Map<String, AnswerError> refused = keepFiles(visitId, given, files, actor);
		if (!refused.isEmpty()) {
			return new VisitSaved(saveDraft(visitId, given, actor), given, refused, null);
		}
		return new VisitSaved(submit(visitId, given, false, actor), given, Map.of(), null);
	}

	/**
	 * Starts the visit of one of the person's assignments, on the current version of the round's form (or returns
	 * the visit already started for it).
	 */
	public VisitSummary startAssigned(long assignmentId, String idempotencyKey, RasdPrincipal actor) {
		var assignment = assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("monitoring.assignment.not-found"));
		if (assignment.getMonitorId() != actor.accountId()) {
			throw new ForbiddenException("monitoring.forbidden");
		}
		if (assignment.toSummary().visitId() != null) {
			return visit(assignment.toSummary().visitId(), actor);
		}
		long formId = rounds.findById(assignment.getRoundId()).orElseThrow().toSummary().formId();
		long version = forms.form(formId).current()
			.orElseThrow(() -> new DomainException("monitoring.visit.no-form")).id();
		VisitSummary started = start(assignment.getFacilityId(), version, idempotencyKey, actor);
		Visit visit = load(started.id());
		visit.forAssignment(assignmentId);
		assignment.started(started.id());
		return started;
	}

	/** The visit made with this idempotency key, if any (the key must be this person's). */
	@Transactional(readOnly = true)
	public Optional<VisitSummary> visitByKey(String key, RasdPrincipal actor) {
		return byKey(key, actor).map(Visit::toSummary);
	}

	/** Saves a draft: every answer typed is kept, invalid ones too, and the errors are reported. */
	public VisitCheck saveDraft(long visitId, Map<String, String> answers, RasdPrincipal actor) {
		Visit visit = load(visitId);
		FormCheck check = forms.version(visit.getFormVersionId()).definition().check(answers, false);
		visit.saveAnswers(check.answers(), actor.accountId(), clock.instant());
		audit.record("visit.draft-saved", "visit", visitId, visit.getGovernorateCode(), null);
		return new VisitCheck(visits.saveAndFlush(visit).toSummary(), check.errors(), check.relevant());
	}

	/**
	 * Submits the answers: when they are valid the score is computed and the visit goes to review; otherwise the
	 * answers are kept as a draft and the errors reported.
	 * @throws DomainException {@code monitoring.visit.version-retired} when the form version was replaced
	 */
	public VisitCheck submit(long visitId, Map<String, String> answers, RasdPrincipal actor) {
		return submit(visitId, answers, true, actor);
	}

	private VisitCheck submit(long visitId, Map<String, String> answers, boolean currentVersionOnly,
			RasdPrincipal actor) {
		Visit visit = load(visitId);
		FormVersionSummary version = forms.version(visit.getFormVersionId());
		FormCheck check = version.definition().check(answers, true);
		if (!check.valid()) {
			visit.saveAnswers(check.answers(), actor.accountId(), clock.instant());
			return new VisitCheck(visits.saveAndFlush(visit).toSummary(), check.errors(), check.relevant());
		}
		if (currentVersionOnly) {
			requireAnswerable(version);
		}
		visit.submit(check.answers(), version.definition().score(check.answers()), actor.accountId(), clock.instant());
		if (visit.getAssignmentId() != null) {
			assignments.findById(visit.getAssignmentId()).ifPresent(a -> a.done());
		}
		VisitSummary saved = visits.saveAndFlush(visit).toSummary();
		audit.record("visit.submitted", "visit", visitId, saved.governorateCode(), "score=" + saved.overallScore());
		events.publishEvent(new VisitSubmitted(saved.id(), saved.facilityId(), saved.governorateCode(),
				saved.overallScore()));
		return new VisitCheck(saved, Map.of(), check.relevant());
	}

	/**
	 * Saves a visit's answers with the photos and files sent with them, in one transaction: each file is taken by the
	 * evidence module and its question's answer becomes the file's id; a refused file is reported beside its question
	 * and the answers are kept as a draft. With {@code submit}, the answers are then submitted; a submission refused
	 * (a retired form version, …) keeps them as a draft and says why.
	 * @throws NotFoundException when there is no such visit
	 */
	public VisitSaved save(long visitId, Map<String, String> answers, List<VisitFile> files, boolean submit,
			RasdPrincipal actor) {
		Map<String, String> given = new LinkedHashMap<>(answers);
		Map<String, AnswerError> refused = keepFiles(visitId, given, files, actor);
		if (!refused.isEmpty() || !submit) {
			return new VisitSaved(saveDraft(visitId, given, actor), given, refused, null);
		}
		try {
			return new VisitSaved(submit(visitId, given, actor), given, Map.of(), null);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			return new VisitSaved(saveDraft(visitId, given, actor), given, Map.of(), ex);
		}
	}

	/**
	 * Hands each file to the evidence module; its question's answer becomes the file's id. Returns the files refused,
	 * by question.
	 */
	private Map<String, AnswerError> keepFiles(long visitId, Map<String, String> given, List<VisitFile> files,
			RasdPrincipal actor) {
		Map<String, AnswerError> refused = new LinkedHashMap<>();
		String governorate = files.isEmpty() ? null : visit(visitId, actor).governorateCode();
		for (VisitFile file : files) {
			if (file.content() == null) {
				refused.put(file.question(), new AnswerError(file.question(), "evidence.damaged", List.of(), null));
				continue;
			}
			try {
				EvidenceSummary kept = evidence.upload(file.content(), "visit", String.valueOf(visitId), governorate,
						file.seal(), actor);
				given.put(file.question(), String.valueOf(kept.id()));
			}
			catch (DomainException ex) {
				refused.put(file.question(), new AnswerError(file.question(), ex.code(), List.of(ex.arguments()), null));
			}
		}
		return refused;
	}

	/** A visit saved through the API, and whether this call made it (not found by its idempotency key). */
	public record SavedVisit(VisitCheck check, boolean made) {
	}

	/**
	 * The API's visit: started (or found by its key) and submitted, or kept as a draft with these answers, in one
	 * transaction, telling whether this call made it. Of two calls with one key at the same moment, the one whose
	 * insert loses to the unique key fails; sent again it finds the other's visit.
	 */
	public SavedVisit saveNew(long facilityId, Long formVersionId, Map<String, String> answers, boolean submit,
			String key, RasdPrincipal actor) {
		Optional<Visit> existing = byKey(key, actor);
		boolean existed = existing.isPresent();
		if (submit) {
			return new SavedVisit(existed ? submitExisting(existing.get(), answers, actor)
					: submitFresh(facilityId, formVersionId, answers, key, actor), !existed);
		}
		VisitSummary draft = existed ? existing.get().toSummary() : start(facilityId, formVersionId, key, actor);
		VisitCheck check = draft.status().editable() ? saveDraft(draft.id(), answers, actor)
				: new VisitCheck(visit(draft.id(), actor), Map.of(), java.util.Set.of());
		return new SavedVisit(check, !existed);
	}

	/**
	 * Starts (or finds by idempotency key) a visit and submits it in one call, for API clients that retry.
	 * A retry of a submission that went through returns the submitted visit unchanged.
	 */
	public VisitCheck submitNew(long facilityId, Long formVersionId, Map<String, String> answers, String key,
			RasdPrincipal actor) {
		Optional<Visit> existing = byKey(key, actor);
		return existing.isPresent() ? submitExisting(existing.get(), answers, actor)
				: submitFresh(facilityId, formVersionId, answers, key, actor);
	}

	/** A retry: the visit its key made, submitted now unless it went through already. */
	private VisitCheck submitExisting(Visit visit, Map<String, String> answers, RasdPrincipal actor) {
		if (!visit.toSummary().status().editable()) {
			return new VisitCheck(visit(visit.getId(), actor), Map.of(), java.util.Set.of());
		}
		return submit(visit.getId(), answers, actor);
	}

	/**
	 * A visit its key has not made yet, started and submitted at once: checked and scored before it is first
	 * written, so that it is inserted once (with its two steps and its scores) instead of inserted as a draft and
	 * then updated. Refused answers keep it as a draft with them, as {@link #submit} does.
	 */
	private VisitCheck submitFresh(long facilityId, Long formVersionId, Map<String, String> answers, String key,
			RasdPrincipal actor) {
		FacilitySummary facility = registry.facility(facilityId);
		FormVersionSummary version = formFor(facility, formVersionId, actor);
		FormCheck check = version.definition().check(answers, true);
		Instant now = clock.instant();
		Visit visit = new Visit(newReference(), facility.id(), facility.governorateCode(), facility.sectorCode(),
				version.id(), actor.accountId(), blank(key), now);
		if (check.valid()) {
			visit.submit(check.answers(), version.definition().score(check.answers()), actor.accountId(), now);
		}
		else {
			visit.saveAnswers(check.answers(), actor.accountId(), now);
		}
		// the unique key refuses a second visit should the same key arrive twice at the very same moment
		VisitSummary saved = visits.saveAndFlush(visit).toSummary();
		audit.record("visit.started", "visit", saved.id(), saved.governorateCode(), "facility=" + facility.id());
		if (!check.valid()) {
			return new VisitCheck(saved, check.errors(), check.relevant());
		}
		audit.record("visit.submitted", "visit", saved.id(), saved.governorateCode(), "score=" + saved.overallScore());
		events.publishEvent(new VisitSubmitted(saved.id(), saved.facilityId(), saved.governorateCode(),
				saved.overallScore()));
		return new VisitCheck(saved, Map.of(), check.relevant());
	}

	/** A coordinator of the visit's governorate (not its monitor) approves it, sends it back or rejects it. */
	public VisitSummary review(long visitId, long version, ReviewDecision decision, String comment,
			RasdPrincipal actor) {
		Visit visit = load(visitId);
		if (!actor.manages(visit.getGovernorateCode())) {
			throw new ForbiddenException("monitoring.forbidden");
		}
		if (visit.getVersion() != version) {
			throw new ConflictException("monitoring.visit.stale");
		}
		visit.review(decision, comment, actor.accountId(), clock.instant());
		audit.record("visit.reviewed", "visit", visitId, visit.getGovernorateCode(), decision.name());
		return visits.saveAndFlush(visit).toDetailedSummary();
	}

	/** A visit with its history, if this person may see it. */
	@Transactional(readOnly = true)
	public VisitSummary visit(long visitId, RasdPrincipal actor) {
		Visit visit = visits.findById(visitId).orElseThrow(() -> new NotFoundException("monitoring.visit.not-found"));
		if (!maySee(actor, visit)) {
			throw new NotFoundException("monitoring.visit.not-found");
		}
		return visit.toDetailedSummary();
	}

	/**
	 * Visits this person may see, newest first: monitors their own, coordinators those of their governorates,
	 * analysts and administrators all.
	 */
	@Transactional(readOnly = true)
	public PageResult<VisitSummary> visits(VisitStatus status, String governorate, Long facilityId, int page, int size,
			RasdPrincipal actor) {
		java.util.Collection<String> governorates = governorate == null || governorate.isBlank() ? null
				: List.of(governorate);
		var readable = VisitAccess.full(actor.reader(), clock.instant());
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
				Sort.by(Sort.Direction.DESC, "updatedAt", "id"));
		return PageResult.of(visits.search(readable, governorates, status, facilityId, request), Visit::toSummary);
	}

	/** The orders of the visit list: by the last change (default, newest first) or the reference. */
	public static final ps.rasd.shared.SortOptions VISIT_SORTS = ps.rasd.shared.SortOptions.of("-updated", "updated",
			"reference", "-reference");

	/**
	 * One page of the visits this person may see (as {@link #visits(VisitStatus, String, Long, int, int, RasdPrincipal)}),
	 * with keyset paging: up to {@link ps.rasd.shared.CursorRequest#fetchSize()} visits after the cursor, in the
	 * order asked, then by id.
	 */
	@Transactional(readOnly = true)
	public List<VisitSummary> visits(VisitStatus status, String governorate, Long facilityId,
			ps.rasd.shared.CursorRequest page, RasdPrincipal actor) {
		java.util.Collection<String> governorates = governorate == null || governorate.isBlank() ? null
				: List.of(governorate);
		var readable = VisitAccess.full(actor.reader(), clock.instant());
		String attribute = switch (page.key()) {
			case "reference" -> "reference";
			default -> "updatedAt";
		};
		org.springframework.data.jpa.domain.Specification<Visit> after = (root, q, cb) -> cb.conjunction();
		if (!page.first()) {
			after = (root, q, cb) -> "reference".equals(attribute)
					? ps.rasd.shared.Keyset.after(cb, root.<String>get(attribute), root.<Long>get("id"),
							page.afterKey(), page.afterId(), page.descending())
					: ps.rasd.shared.Keyset.after(cb, root.<java.time.Instant>get(attribute), root.<Long>get("id"),
							page.afterInstant(), page.afterId(), page.descending());
		}
		Sort sort = Sort.by(page.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, attribute, "id");
		return visits.search(readable, governorates, status, facilityId, after, sort, page.fetchSize())
			.stream()
			.map(Visit::toSummary)
			.toList();
	}

	/**
	 * Shares an approved visit with partners or the public (its scores only), from a date when an embargo is given;
	 * or takes it back to internal. Coordinators of the governorate and administrators.
	 */
	public VisitSummary share(long visitId, long version, ps.rasd.shared.Tier tier, java.time.Instant embargo,
			RasdPrincipal actor) {
		Visit visit = load(visitId);
		if (!actor.manages(visit.getGovernorateCode())) {
			throw new ForbiddenException("monitoring.forbidden");
		}
		if (visit.getVersion() != version) {
			throw new ConflictException("monitoring.visit.stale");
		}
		visit.share(tier, embargo, clock.instant());
		audit.record("visit.shared", "visit", visitId, visit.getGovernorateCode(),
				"tier=" + tier + (embargo == null ? "" : " embargo=" + embargo));
		return visits.saveAndFlush(visit).toDetailedSummary();
	}

	/**
	 * Approved visits of a facility that this reader may see beyond the staff, oldest first: the public sees
	 * {@code PUBLIC} ones, partner organisations {@code PARTNERS} ones too, each after its embargo. Only the date and
	 * the scores are returned: never answers, notes, comments or who made the visit.
	 */
	@Transactional(readOnly = true)
	public List<VisitSummary> sharedVisits(long facilityId, RasdPrincipal reader) {
		var readable = VisitAccess.copy(Reader.of(reader), clock.instant());
		return visits.ofFacility(facilityId, readable).stream().map(v -> scoresOnly(v.toSummary())).toList();
	}

	/**
	 * Every approved visit this reader reads as the copy shared beyond the staff ({@code ReadRules.CASEWORK} copy
	 * scope: a partner organisation's user reads those shared with partners or with their organisation, and the
	 * public ones, each after its embargo), newest submission first, scores only as {@link #sharedVisits}.
	 */
	@Transactional(readOnly = true)
	public PageResult<VisitSummary> visitsSharedWith(RasdPrincipal reader, int page, int size) {
		var readable = VisitAccess.copy(Reader.of(reader), clock.instant());
		var found = visits.findAll(readable, PageRequest.of(Math.max(page, 0),
				Math.min(Math.max(size, 1), 100), Sort.by("submittedAt", "id")
					.descending()));
		return PageResult.of(found, v -> scoresOnly(v.toSummary()));
	}

	private static VisitSummary scoresOnly(VisitSummary v) {
		return new VisitSummary(v.id(), v.reference(), v.facilityId(), v.governorateCode(), v.sectorCode(),
				v.formVersionId(), 0, v.status(), Map.of(), v.visitedOn(), v.submittedAt(), null, v.overallScore(),
				v.scores(), List.of(), v.updatedAt(), v.tier(), v.embargoUntil(), 0);
	}

	/**
	 * Approved visits of a facility that this person reads, oldest first (score history): those they read in full
	 * as they are, the others as their shared copy (scores only, as {@link #sharedVisits}).
	 */
	@Transactional(readOnly = true)
	public List<VisitSummary> approvedVisits(long facilityId, RasdPrincipal reader) {
		Reader who = Reader.of(reader);
		java.time.Instant now = clock.instant();
		var approved = (org.springframework.data.jpa.domain.Specification<Visit>) (root, q, cb) -> cb
			.equal(root.get("status"), VisitStatus.APPROVED);
		return visits.ofFacility(facilityId, approved.and(VisitAccess.full(who, now).or(VisitAccess.copy(who, now))))
			.stream()
			.map(v -> VisitAccess.sight(who, v, now) == Sight.FULL ? v.toSummary() : scoresOnly(v.toSummary()))
			.toList();
	}

	/**
	 * The same for several facilities in one query: each facility's approved visits this person reads, oldest
	 * first (a facility with none is left out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<VisitSummary>> approvedVisits(Collection<Long> facilityIds, RasdPrincipal reader) {
		Map<Long, List<VisitSummary>> byFacility = new LinkedHashMap<>();
		if (facilityIds.isEmpty()) {
			return byFacility;
		}
		Reader who = Reader.of(reader);
		java.time.Instant now = clock.instant();
		var approved = (org.springframework.data.jpa.domain.Specification<Visit>) (root, q, cb) -> cb
			.and(cb.equal(root.get("status"), VisitStatus.APPROVED), root.get("facilityId").in(facilityIds));
		for (Visit v : visits.findAll(approved.and(VisitAccess.full(who, now).or(VisitAccess.copy(who, now))),
				org.springframework.data.domain.Sort.by("submittedAt"))) {
			VisitSummary s = v.toSummary();
			byFacility.computeIfAbsent(s.facilityId(), k -> new ArrayList<>())
				.add(VisitAccess.sight(who, v, now) == Sight.FULL ? s : scoresOnly(s));
		}
		return byFacility;
	}

	/** The indicators of a visit for which a case was already asked. */
	@Transactional(readOnly = true)
	public List<String> caseRequests(long visitId) {
		return caseRequests.findByVisitId(visitId).stream().map(CaseRequest::getIndicatorCode).toList();
	}

	/**
	 * Asks for a case about an indicator of a submitted or approved visit; asking twice changes nothing.
	 * Publishes {@link CaseRequested}.
	 */
	public void requestCase(long visitId, String indicatorCode, RasdPrincipal actor) {
		VisitSummary visit = visit(visitId, actor);
		if (!(actor.manages(visit.governorateCode()) || visit.monitorId() == actor.accountId())) {
			throw new ForbiddenException("monitoring.forbidden");
		}
		if (visit.status() != VisitStatus.SUBMITTED && visit.status() != VisitStatus.APPROVED) {
			throw new ConflictException("monitoring.case.not-submitted");
		}
		if (!visit.scores().containsKey(indicatorCode)) {
			throw new DomainException("monitoring.case.unknown-indicator");
		}
		if (caseRequests.existsById(new CaseRequest.Key(visitId, indicatorCode))) {
			return;
		}
		caseRequests.save(new CaseRequest(visitId, indicatorCode, actor.accountId(), clock.instant()));
		audit.record("visit.case-requested", "visit", visitId, visit.governorateCode(), indicatorCode);
		events.publishEvent(new CaseRequested(visitId, visit.reference(), visit.facilityId(), visit.governorateCode(),
				visit.sectorCode(), indicatorCode, visit.scores().get(indicatorCode), actor.accountId()));
	}

	private Optional<Visit> byKey(String key, RasdPrincipal actor) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		Optional<Visit> visit = visits.findByIdempotencyKey(key.strip());
		if (visit.isPresent() && visit.get().getMonitorId() != actor.accountId()) {
			throw new ConflictException("monitoring.visit.key-used");
		}
		return visit;
	}

	private Visit load(long visitId) {
		return visits.findById(visitId).orElseThrow(() -> new NotFoundException("monitoring.visit.not-found"));
	}

	private static void requireAnswerable(FormVersionSummary version) {
		if (version.status() != VersionStatus.PUBLISHED) {
			throw new DomainException("monitoring.visit.version-retired", version.number());
		}
	}

	/** Whether the person may make visits in the governorate: its monitors and coordinators, and administrators. */
	public static boolean mayMonitor(RasdPrincipal actor, String governorate) {
		Reader reader = Reader.of(actor);
		return reader.isIn(Role.MONITOR, governorate) || reader.isIn(Role.COORDINATOR, governorate);
	}

	private boolean maySee(RasdPrincipal actor, Visit visit) {
		return VisitAccess.sight(Reader.of(actor), visit, clock.instant()) == Sight.FULL;
	}

	private String newReference() {
		return Visit.newReference(Year.now(clock.withZone(ZoneOffset.UTC)).getValue());
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** How many visits (any status) the account made: a member's work shown on their person record. */
	@Transactional(readOnly = true)
	public long visitsMadeBy(long accountId) {
		return visits.countByMonitorId(accountId);
	}
}
