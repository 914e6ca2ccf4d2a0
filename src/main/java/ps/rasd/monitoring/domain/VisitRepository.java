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

	@Query("select count(v) from Visit v")
	long countAll();

	/** Visits a person may see, by the filters given; missing filters are left out of the SQL. */
	default Page<Visit> search(Long monitorId, Collection<String> governorates, VisitStatus status, Long facilityId,
			Pageable pageable) {
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
		return findAll(spec, pageable);
	}
}
