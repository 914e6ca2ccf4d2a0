package ps.rasd.polls.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PollRepository extends JpaRepository<Poll, Long> {

	Optional<Poll> findByCode(String code);

	Optional<Poll> findByOpenLink(String openLink);

	List<Poll> findAllByOrderByUpdatedAtDesc();
}
