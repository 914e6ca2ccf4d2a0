package ps.rasd.cases.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	List<FollowUp> findByMonitorIdAndDoneAtIsNullOrderByAssignedAtAsc(long monitorId);

	Optional<FollowUp> findFirstByCaseIdAndDoneAtIsNull(long caseId);

	List<FollowUp> findByCaseIdOrderByAssignedAtAsc(long caseId);

	boolean existsByCaseIdAndMonitorId(long caseId, long monitorId);

	/** The follow-up checks of these cases, done or not (who was sent to check each). */
	List<FollowUp> findByCaseIdIn(java.util.Collection<Long> caseIds);
}
