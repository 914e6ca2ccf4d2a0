package ps.rasd.evidence.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResumableUploadRepository extends JpaRepository<ResumableUpload, String> {

	List<ResumableUpload> findByExpiresAtBefore(Instant now);
}
