package ps.rasd.audit.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AuditHeadRepository extends JpaRepository<AuditHead, Integer> {

	/** The head, locked until the transaction ends (select … for update): the sealer's lock. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditHead h where h.id = 1")
	Optional<AuditHead> lockHead();
}
