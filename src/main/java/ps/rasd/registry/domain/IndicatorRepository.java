package ps.rasd.registry.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findAllByOrderBySectorIdAscSortOrderAsc();
}
