package ps.rasd.geography.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlaceRepository extends JpaRepository<Place, Long> {

	/** Places by governorate (when given) whose search key contains the folded query (when given). */
	@Query("""
			select p from Place p
			where (:governorate is null or p.governorateCode = :governorate)
			  and (:key is null or p.searchKey like concat('%', :key, '%'))
			order by p.name.ar, p.id""")
	Page<Place> search(@Param("governorate") String governorate, @Param("key") String key, Pageable pageable);

	long countByGovernorateCode(String governorateCode);

	@Query("select p.governorateCode, count(p) from Place p group by p.governorateCode")
	List<Object[]> countRows();

	default Map<String, Long> countByGovernorate() {
		return countRows().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
	}
}
