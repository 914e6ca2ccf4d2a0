package ps.rasd.registry.domain;

import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface FacilityRepository extends JpaRepository<Facility, Long>, JpaSpecificationExecutor<Facility> {

	Sort BY_NAME = Sort.by("governorateCode", "name.ar", "id");

	/** Facilities matching every given filter; missing filters are left out of the SQL. */
	default Page<Facility> search(String governorate, Long sectorId, String type, Long authorityId, String key,
			Pageable pageable) {
		return findAll(filter(governorate, sectorId, type, authorityId, key), pageable);
	}

	/** Keyset paging: at most {@code limit} facilities matching the filters and {@code after}, in this order. */
	default java.util.List<Facility> search(String governorate, Long sectorId, String type, Long authorityId,
			String key, Specification<Facility> after, Sort sort, int limit) {
		return findBy(filter(governorate, sectorId, type, authorityId, key).and(after),
				q -> q.sortBy(sort).limit(limit).all());
	}

	static Specification<Facility> filter(String governorate, Long sectorId, String type, Long authorityId,
			String key) {
		Specification<Facility> spec = (root, query, cb) -> cb.conjunction();
		if (governorate != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("governorateCode"), governorate));
		}
		if (sectorId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("sectorId"), sectorId));
		}
		if (type != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("typeCode"), type));
		}
		if (authorityId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("authorityId"), authorityId));
		}
		if (key != null) {
			spec = spec.and((root, query, cb) -> cb.like(root.get("searchKey"), "%" + key + "%"));
		}
		return spec;
	}

	@Query("select f from Facility f order by f.id")
	Stream<Facility> streamAll();
}
