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

	/** Visits of a facility in the given scope (a rendering of the read rule), oldest submission first. */
	default List<Visit> ofFacility(long facility, Specification<Visit> readable) {
		Specification<Visit> ofFacility = (root, query, cb) -> cb.equal(root.get("facilityId"), facility);
		return findAll(ofFacility.and(readable), org.springframework.data.domain.Sort.by("submittedAt"));
	}

	@Query("select count(v) from Visit v")
	long countAll();

	long countByMonitorId(long monitorId);

	/**
	 * Visits in the readable scope (a rendering of the read rule), by the filters given; missing filters are left out
	 * of the SQL.
	 */
	default Page<Visit> search(Specification<Visit> readable, Collection<String> governorates, VisitStatus status,
			Long facilityId, Pageable pageable) {
		return findAll(readable.and(matching(governorates, status, facilityId)), pageable);
	}

	/** Keyset paging: at most {@code limit} visits matching the filters and {@code after}, in this order. */
	default List<Visit> search(Specification<Visit> readable, Collection<String> governorates, VisitStatus status,
			Long facilityId, Specification<Visit> after, org.springframework.data.domain.Sort sort, int limit) {
		return findBy(readable.and(matching(governorates, status, facilityId)).and(after),
				q -> q.sortBy(sort).limit(limit).all());
	}

	private static Specification<Visit> matching(Collection<String> governorates, VisitStatus status,
			Long facilityId) {
		Specification<Visit> spec = (root, query, cb) -> cb.conjunction();
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
