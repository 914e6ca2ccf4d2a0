package ps.rasd.evidence.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ResumableUploadRepository extends JpaRepository<ResumableUpload, String> {

	List<ResumableUpload> findByExpiresAtBefore(Instant now);

	/**
	 * Takes the upload to write a piece, unless a node holds it (a claim not lapsed): 1 when taken. A conditional
	 * update, so that of two nodes receiving pieces of one upload at once only one writes.
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ResumableUpload u set u.writingUntil = :until "
			+ "where u.id = :id and (u.writingUntil is null or u.writingUntil < :now)")
	int claim(String id, Instant now, Instant until);

	/** Gives the upload back after a piece, with the bytes now received and its new expiry. */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ResumableUpload u set u.writingUntil = null, u.received = :received, u.expiresAt = :expires "
			+ "where u.id = :id")
	int release(String id, long received, Instant expires);

	/** Gives the upload back after a piece that kept nothing. */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update ResumableUpload u set u.writingUntil = null where u.id = :id")
	int release(String id);
}
