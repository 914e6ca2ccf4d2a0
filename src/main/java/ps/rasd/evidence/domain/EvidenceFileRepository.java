package ps.rasd.evidence.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

	List<EvidenceFile> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);
}
