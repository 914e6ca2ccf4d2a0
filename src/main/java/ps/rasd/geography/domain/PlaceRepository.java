package ps.rasd.geography.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PlaceRepository extends JpaRepository<Place, Long>, JpaSpecificationExecutor<Place> {

	/** Sorted by Arabic name. */
	Sort BY_NAME = Sort.by("name.ar", "id");

	/**
	 * Places in a governorate (when given) whose search key contains the folded query (when given). Built as a
	 * specification so that a missing filter is left out of the SQL rather than bound as a typeless null, which
	 * PostgreSQL refuses.
	 */
	default Page<Place> search(String governorate, String key, Pageable pageable) {
		return findAll(filter(governorate, key), pageable);
	}

	/** Keyset paging: at most {@code limit} places matching the filters and {@code after}, in this order. */
	default List<Place> search(String governorate, String key, Specification<Place> after, Sort sort, int limit) {
		return findBy(filter(governorate, key).and(after), q -> q.sortBy(sort).limit(limit).all());
	}

	private static Specification<Place> filter(String governorate, String key) {
		Specification<Place> spec = (root, query, cb) -> cb.conjunction();
		if (governorate != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("governorateCode"), governorate));
		}
		if (key != null) {
			spec = spec.and((root, query, cb) -> cb.like(root.get("searchKey"), "%" + key + "%"));
		}
		return spec;
	}

	long countByGovernorateCode(String governorateCode);

	@Query("select p.governorateCode, count(p) from Place p group by p.governorateCode")
	List<Object[]> countRows();

	default Map<String, Long> countByGovernorate() {
		return countRows().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
	}
}
