package ps.rasd.monitoring.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<Round, Long> {

	List<Round> findAllByOrderByStartsOnDesc();
}
