package ps.rasd.cases.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyLinkRepository extends JpaRepository<ReplyLink, Long> {

	List<ReplyLink> findByCaseIdAndUsedAtIsNull(long caseId);
}
