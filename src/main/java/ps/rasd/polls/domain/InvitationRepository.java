package ps.rasd.polls.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	long countByPollId(long pollId);

	long countByPollIdAndUsedAtIsNotNull(long pollId);
}
