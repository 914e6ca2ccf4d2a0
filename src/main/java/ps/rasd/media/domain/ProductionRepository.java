package ps.rasd.media.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProductionRepository extends JpaRepository<Production, Long>, JpaSpecificationExecutor<Production> {

	Optional<Production> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
