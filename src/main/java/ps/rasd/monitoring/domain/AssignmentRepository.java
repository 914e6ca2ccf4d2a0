package ps.rasd.monitoring.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByMonitorIdAndStatusOrderByDueOnAsc(long monitorId, String status);

	List<Assignment> findByRoundIdOrderByDueOnAsc(long roundId);

	List<Assignment> findByGovernorateCodeInAndStatusOrderByDueOnAsc(Collection<String> governorates, String status);

	boolean existsByRoundIdAndFacilityIdAndMonitorId(long roundId, long facilityId, long monitorId);
}
