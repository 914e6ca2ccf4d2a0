package ps.rasd.monitoring.domain;

import java.time.Instant;

import org.springframework.data.jpa.domain.Specification;

import ps.rasd.monitoring.VisitStatus;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.JpaScope;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.access.SqlScope;

/**
 * Who reads which visit: {@link ReadRules#CASEWORK} over the visit's governorate, tier, embargo and the monitor who
 * made it, rendered for the visit entity and the {@code monitoring_visit} table. A visit is read in full by the staff
 * the rule names; beyond them only an approved visit is read, as its scores (the copy), once shared and its embargo
 * passed. Visits have no assignee: the monitor of an assignment makes (owns) the visit.
 */
public final class VisitAccess {

	/** The visit entity's attributes. */
	public static final JpaScope.Fields JPA = new JpaScope.Fields("governorateCode", "tier", "embargoUntil", false,
			"monitorId", null, null);

	/** The columns of {@code monitoring_visit}. */
	public static final SqlScope.Fields SQL = new SqlScope.Fields("governorate_code", "tier", "embargo_until", false,
			"monitor_id", null, null);

	private VisitAccess() {
	}

	/** The facts the rule reads of a visit: a visit not approved is never released, whatever its tier says. */
	public static AccessFacts facts(Visit visit) {
		return AccessFacts.of(visit.getGovernorateCode(),
				visit.getStatus() == VisitStatus.APPROVED ? visit.getTier() : ps.rasd.shared.Tier.INTERNAL,
				visit.getEmbargoUntil(), visit.getMonitorId());
	}

	/** How much of the visit the reader sees now. */
	public static Sight sight(Reader reader, Visit visit, Instant now) {
		return ReadRules.CASEWORK.sight(reader, facts(visit), now);
	}

	/** The visits the reader reads in full. */
	public static Specification<Visit> full(Reader reader, Instant now) {
		Scope scope = ReadRules.CASEWORK.full(reader, now);
		return (root, query, cb) -> JpaScope.where(scope, JPA, root, query, cb);
	}

	/** The approved visits the reader reads as their copy (scores only). */
	public static Specification<Visit> copy(Reader reader, Instant now) {
		Scope scope = ReadRules.CASEWORK.copy(reader, now);
		return (root, query, cb) -> cb.and(cb.equal(root.get("status"), VisitStatus.APPROVED),
				JpaScope.where(scope, JPA, root, query, cb));
	}
}
