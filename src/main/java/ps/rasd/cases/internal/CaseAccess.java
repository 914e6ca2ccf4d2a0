package ps.rasd.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseActor;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;

/**
 * Who may read which case, in one place: the single read, the queue's scope, the staff's view of internal notes and
 * the workflow's name for a person on a case. Every facade of the module that reads a case with a person asks here.
 */
@Component
public class CaseAccess {

	private final CaseFileRepository cases;

	private final FollowUpRepository followUps;

	CaseAccess(CaseFileRepository cases, FollowUpRepository followUps) {
		this.cases = cases;
		this.followUps = followUps;
	}

	/** The workflow's name for this person on this case ({@link CaseActor#READER} for nobody signed in). */
	public CaseActor actorOf(CaseFile file, RasdPrincipal actor) {
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

	/**
	 * Checks that this person may read the case: administrators, analysts, coordinators of its governorate, the
	 * person who filed it, a monitor sent (now or before) to check it, partners for the partners' and public tiers.
	 * @throws ForbiddenException {@code cases.forbidden}
	 */
	public void requireRead(CaseFile file, RasdPrincipal actor) {
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

	/** Whether the person reads the staff's side of the case (internal notes, every reply). */
	public boolean readsInternals(CaseFile file, RasdPrincipal actor) {
		return actor != null && (actor.isAdmin() || actor.manages(file.getGovernorateCode())
				|| actor.hasRole("ANALYST"));
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
		if (!(actor.isAdmin() || actor.hasRole("COORDINATOR") || actor.hasRole("ANALYST"))) {
			throw new ForbiddenException("cases.forbidden");
		}
	}

	/** Whether the person reads every governorate's figures (administrators, analysts). */
	public boolean readsAll(RasdPrincipal actor) {
		return actor.isAdmin() || actor.hasRole("ANALYST");
	}

	/** Whether the person may see an open case at a facility (its staff, analysts, administrators, who filed it). */
	public boolean seesOpenAtFacility(CaseFile file, RasdPrincipal actor) {
		return actor.isAdmin() || actor.hasRole("ANALYST") || actor.manages(file.getGovernorateCode())
				|| (file.getFiledBy() != null && file.getFiledBy() == actor.accountId());
	}

	/**
	 * Which cases a person may see in the queue: everything (administrators, analysts), or their governorates (as a
	 * coordinator), the cases they filed, and the partners' tiers (as a partner). A filter on one of the
	 * coordinator's governorates already keeps to the scope: no predicate then.
	 *
	 * @param governorate the governorate filtered on, or {@code null}
	 * @return the condition, or {@code null} when the person sees every case
	 */
	public Specification<CaseFile> queueScope(RasdPrincipal actor, String governorate) {
		Set<String> governorates = actor.hasRole("COORDINATOR") ? actor.governorateCodes() : Set.of();
		if (actor.isAdmin() || actor.hasRole("ANALYST")
				|| (governorate != null && governorates.contains(governorate))) {
			return null;
		}
		// "or filed by me" only when one of a coordinator's cases lies elsewhere: an OR over two indexes makes the
		// count read every matching row from the table instead of the index alone
		boolean filedBy = governorates.isEmpty()
				|| cases.existsByFiledByAndGovernorateCodeNotIn(actor.accountId(), governorates);
		boolean partner = actor.hasRole("PARTNER");
		long me = actor.accountId();
		return (root, q, cb) -> {
			List<Predicate> any = new ArrayList<>();
			if (!governorates.isEmpty()) {
				any.add(root.get("governorateCode").in(governorates));
			}
			if (filedBy) {
				any.add(cb.equal(root.get("filedBy"), me));
			}
			if (partner) {
				any.add(root.get("tier").in(Tier.PARTNERS, Tier.PUBLIC));
			}
			return any.size() == 1 ? any.get(0) : cb.or(any.toArray(new Predicate[0]));
		};
	}
}
