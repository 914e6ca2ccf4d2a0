package ps.rasd.registry.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SectorRepository extends JpaRepository<Sector, Long> {

	List<Sector> findAllByOrderBySortOrder();

	Optional<Sector> findByCode(String code);
}
