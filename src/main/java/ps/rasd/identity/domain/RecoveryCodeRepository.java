package ps.rasd.identity.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	List<RecoveryCode> findByAccountIdAndUsedAtIsNull(long accountId);

	long countByAccountIdAndUsedAtIsNull(long accountId);

	@Modifying
	@Query("delete from RecoveryCode r where r.accountId = ?1")
	void deleteByAccount(long accountId);

	/** Marks a code used unless it already was: 1 for the one caller who used it, 0 for any other. */
	@Modifying
	@Query("update RecoveryCode r set r.usedAt = ?2 where r.id = ?1 and r.usedAt is null")
	int markUsed(long id, java.time.Instant now);

}
