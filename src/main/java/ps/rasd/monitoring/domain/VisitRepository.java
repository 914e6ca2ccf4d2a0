package ps.rasd.monitoring.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import ps.rasd.monitoring.VisitStatus;

public interface VisitRepository extends JpaRepository<Visit, Long>, JpaSpecificationExecutor<Visit> {

	Optional<Visit> findByIdempotencyKey(String key);

	List<Visit> findByFacilityIdAndStatusOrderBySubmittedAtAsc(long facilityId, VisitStatus status);

	/** Approved visits of a facility that readers of these tiers may see now (the rule is in the query). */
	@Query("""
			select v from Visit v where v.facilityId = :facility and v.status = ps.rasd.monitoring.VisitStatus.APPROVED
			  and v.tier in :tiers and (v.embargoUntil is null or v.embargoUntil <= :now)
			order by v.submittedAt""")
	List<Visit> shared(@org.springframework.data.repository.query.Param("facility") long facility,
			@org.springframework.data.repository.query.Param("tiers") Collection<ps.rasd.shared.Tier> tiers,
			@org.springframework.data.repository.query.Param("now") java.time.Instant now);

	@Query("select count(v) from Visit v")
	long countAll();

	long countByMonitorId(long monitorId);

	/** Visits a person may see, by the filters given; missing filters are left out of the SQL. */
	default Page<Visit> search(Long monitorId, Collection<String> governorates, VisitStatus status, Long facilityId,
			Pageable pageable) {
		return findAll(matching(monitorId, governorates, status, facilityId), pageable);
	}

	/** Keyset paging: at most {@code limit} visits matching the filters and {@code after}, in this order. */
	default List<Visit> search(Long monitorId, Collection<String> governorates, VisitStatus status, Long facilityId,
			Specification<Visit> after, org.springframework.data.domain.Sort sort, int limit) {
		return findBy(matching(monitorId, governorates, status, facilityId).and(after),
				q -> q.sortBy(sort).limit(limit).all());
	}

	private static Specification<Visit> matching(Long monitorId, Collection<String> governorates, VisitStatus status,
			Long facilityId) {
		Specification<Visit> spec = (root, query, cb) -> cb.conjunction();
		if (monitorId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("monitorId"), monitorId));
		}
		if (governorates != null) {
			spec = spec.and((root, query, cb) -> root.get("governorateCode").in(governorates));
		}
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (facilityId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("facilityId"), facilityId));
		}
		return spec;
	}
}
