package ps.rasd.cases.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReporterRepository extends JpaRepository<Reporter, Long> {

	/** Reporters whose case closed before the instant and who have not been erased yet. */
	@Query("select r from Reporter r, CaseFile c where c.id = r.caseId and c.closedAt < :before and r.erasedAt is null")
	List<Reporter> closedBefore(@Param("before") Instant before);
}
