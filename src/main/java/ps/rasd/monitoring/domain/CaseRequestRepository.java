package ps.rasd.monitoring.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRequestRepository extends JpaRepository<CaseRequest, CaseRequest.Key> {

	List<CaseRequest> findByVisitId(long visitId);
}
