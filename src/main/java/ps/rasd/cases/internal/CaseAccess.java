package ps.rasd.cases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseActor;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.FollowUp;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.JpaScope;
import ps.rasd.shared.access.ReadRule;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.access.SqlScope;

/**
 * Who may read which case: {@link ReadRules#CASEWORK} over the case's governorate, tier, embargo day, who filed it
 * and the monitors sent to check it (now or before), rendered for the case entity ({@link #JPA}) and the
 * {@code cases_case} table ({@link #SQL}). Every facade of the module that reads a case with a person asks here, and
 * so do the export and the search source; a reader of the redacted copy gets {@link #copyOf} of the case.
 */
@Component
public class CaseAccess {

	private static final ReadRule RULE = ReadRules.CASEWORK;

	/** The case entity's attributes; "assigned" is a follow-up check given to the monitor, done or not. */
	public static final JpaScope.Fields JPA = new JpaScope.Fields("governorateCode", "tier", "embargoUntil", true,
			"filedBy", (account, root, query, cb) -> {
				Subquery<Long> checks = query.subquery(Long.class);
				var followUp = checks.from(FollowUp.class);
				checks.select(followUp.get("caseId")).where(cb.equal(followUp.get("monitorId"), account));
				return root.get("id").in(checks);
			}, null);

	/** The columns of {@code cases_case}. */
	public static final SqlScope.Fields SQL = new SqlScope.Fields("governorate_code", "tier", "embargo_until", true,
			"filed_by", "id in (select case_id from cases_follow_up where monitor_id = ?)", null);

	private final FollowUpRepository followUps;

	private final Clock clock;

	CaseAccess(FollowUpRepository followUps, Clock clock) {
		this.followUps = followUps;
		this.clock = clock;
	}

	/** How much of the case this person sees now. */
	public Sight sight(CaseFile file, RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		return RULE.sight(reader, facts(file.toSummary(), reader), clock.instant());
	}

	/** The facts the rule reads of a case, with the assignment of this reader only (the one the rule can ask). */
	private AccessFacts facts(CaseSummary c, Reader reader) {
		Set<Long> assigned = reader.is(Role.MONITOR) && followUps.existsByCaseIdAndMonitorId(c.id(), reader.personId())
				? Set.of(reader.personId()) : Set.of();
		return AccessFacts.of(c.governorateCode(), c.tier(), AccessFacts.startOf(c.embargoUntil()), c.filedBy())
			.assignedTo(assigned);
	}

	/** The workflow's name for this person on this case ({@link CaseActor#READER} for nobody signed in). */
	public CaseActor actorOf(CaseFile file, RasdPrincipal actor) {
		if (actor == null) {
			return CaseActor.READER;
		}
		Reader reader = actor.reader();
		if (reader.isIn(Role.COORDINATOR, file.getGovernorateCode())) {
			return CaseActor.COORDINATOR;
		}
		if (reader.is(Role.COORDINATOR)) {
			return CaseActor.COORDINATOR_ELSEWHERE;
		}
		if (reader.is(Role.MONITOR) && followUps.findFirstByCaseIdAndDoneAtIsNull(file.getId())
			.filter(f -> f.getMonitorId() == actor.accountId()).isPresent()) {
			return CaseActor.FOLLOW_UP_MONITOR;
		}
		if (file.getFiledBy() != null && file.getFiledBy() == actor.accountId()) {
			return CaseActor.REPORTER;
		}
		return reader.is(Role.MONITOR) ? CaseActor.MONITOR : CaseActor.READER;
	}

	/**
	 * Checks that this signed-in person reads the case at all (in full or as its redacted copy) and says how.
	 * @throws ForbiddenException {@code cases.forbidden}
	 */
	public Sight requireRead(CaseFile file, RasdPrincipal actor) {
		Sight sight = actor == null ? Sight.NONE : sight(file, actor);
		if (!sight.any()) {
			throw new ForbiddenException("cases.forbidden");
		}
		return sight;
	}

	/**
	 * Checks that this person reads the case in full (its files, its follow-ups, its similar cases).
	 * @throws ForbiddenException {@code cases.forbidden}
	 */
	public void requireFull(CaseFile file, RasdPrincipal actor) {
		if (requireRead(file, actor) != Sight.FULL) {
			throw new ForbiddenException("cases.forbidden");
		}
	}

	/** A case of the queue as this person reads it (in full, or the redacted copy for what is shared with them). */
	public CaseSummary listed(CaseFile file, RasdPrincipal actor) {
		return Reader.of(actor).readsEverything() ? file.toSummary() : as(sight(file, actor), file.toSummary());
	}

	/** The case as this sight shows it. */
	public static CaseSummary as(Sight sight, CaseSummary c) {
		return sight == Sight.FULL ? c : copyOf(c);
	}

	/**
	 * The redacted copy of a case, as readers beyond the staff read it: the public title and story (the reference
	 * when no public title was written), coordinates coarsened to about a hundred metres, not who filed it nor the
	 * visit it came from.
	 */
	public static CaseSummary copyOf(CaseSummary c) {
		return new CaseSummary(c.id(), c.reference(), c.publicTitle() != null ? c.publicTitle() : c.reference(),
				c.publicStory() != null ? c.publicStory() : "", c.governorateCode(), c.placeId(), c.facilityId(),
				c.sectorCode(), coarse(c.latitude()), coarse(c.longitude()), c.status(), c.source(), null, null, null,
				c.authorityId(), c.referredAt(), c.dueAt(), c.overdueSince(), c.firstReplyAt(), c.resolvedAt(),
				c.closedAt(), c.duplicateOfId(), c.tier(), c.embargoUntil(), c.createdAt(), c.updatedAt(), c.version(),
				c.publicTitle(), c.publicStory(), c.publishedAt());
	}

	/** A coordinate kept to three decimals (about a hundred metres), as every copy beyond the staff. */
	public static Double coarse(Double degrees) {
		return degrees == null ? null : BigDecimal.valueOf(degrees).setScale(3, RoundingMode.HALF_UP).doubleValue();
	}

	/** Whether the person reads the staff's side of the case (internal notes, every reply). */
	public boolean readsInternals(CaseFile file, RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		return reader.readsEverything() || reader.isIn(Role.COORDINATOR, file.getGovernorateCode());
	}

	/**
	 * Checks that the person manages the case's governorate (coordinators of it, administrators).
	 * @throws ForbiddenException {@code cases.forbidden}
	 */
	public void requireManages(CaseFile file, RasdPrincipal actor) {
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
	}

	/**
	 * Checks that the person reads the coordinators' figures (administrators, coordinators, analysts).
	 * @throws ForbiddenException {@code cases.forbidden}
	 */
	public void requireStaffReader(RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		if (!(reader.readsEverything() || reader.is(Role.COORDINATOR))) {
			throw new ForbiddenException("cases.forbidden");
		}
	}

	/** Whether the person reads every governorate's figures (administrators, analysts). */
	public boolean readsAll(RasdPrincipal actor) {
		return Reader.of(actor).readsEverything();
	}

	/** Whether the person reads the case in full (an open case at a facility, on the facility's page). */
	public boolean readsInFull(CaseFile file, RasdPrincipal actor) {
		return actor != null && sight(file, actor) == Sight.FULL;
	}

	/**
	 * Which cases a person finds in the queue (a work list): those they read in full, and those shared with them
	 * beyond the public (for partners: the partners' tier and what is shared with their organisation, as the
	 * redacted copy). What is public is read on the public pages, not listed in everyone's queue.
	 *
	 * @param governorate the governorate filtered on, or {@code null}: a filter on one of a coordinator's own
	 * governorates already keeps within the scope, so no condition is added then
	 * @return the condition, or {@code null} when the person reads every case (of the governorate filtered on)
	 */
	public Specification<CaseFile> queueScope(RasdPrincipal actor, String governorate) {
		Reader reader = Reader.of(actor);
		Scope scope = queueScope(reader, clock.instant());
		if (scope instanceof Scope.Everything
				|| (governorate != null && reader.governoratesAs(Role.COORDINATOR).contains(governorate))) {
			return null;
		}
		return (root, q, cb) -> JpaScope.where(scope, JPA, root, q, cb);
	}

	/** The queue's scope as a rule: in full, or shared beyond the public. */
	public static Scope queueScope(Reader reader, Instant now) {
		Scope shared = reader.is(Role.PARTNER) ? RULE.copy(reader, now) : Scope.NOTHING;
		return Scope.anyOf(RULE.full(reader, now), shared);
	}
}
