package ps.rasd.evidence.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustodyEventRepository extends JpaRepository<CustodyEvent, Long> {

	List<CustodyEvent> findByFileIdOrderByAtAscIdAsc(long fileId);
}
