package ps.rasd.registry.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FacilityTypeRepository extends JpaRepository<FacilityType, String> {

	List<FacilityType> findAllByOrderBySectorIdAscSortOrderAsc();
}
