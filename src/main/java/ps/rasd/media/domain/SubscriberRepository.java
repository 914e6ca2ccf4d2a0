package ps.rasd.media.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ps.rasd.media.SubscriberStatus;

public interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

	Optional<Subscriber> findByEmail(String email);

	Optional<Subscriber> findByToken(String token);

	List<Subscriber> findByEmailIn(Collection<String> emails);

	/** Active subscribers after an id, in id order (the next chunk of an issue's recipients). */
	@Query("select s from Subscriber s where s.status = ps.rasd.media.SubscriberStatus.ACTIVE and s.id > :after "
			+ "order by s.id")
	List<Subscriber> activeAfter(long after, Pageable pageable);

	long countByStatus(SubscriberStatus status);

	@Query("select count(s) from Subscriber s where s.leftIssueId = :issueId and s.leftReason = :reason")
	long countLeft(long issueId, String reason);
}
