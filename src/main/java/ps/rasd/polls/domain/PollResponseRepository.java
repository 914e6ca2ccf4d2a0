package ps.rasd.polls.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PollResponseRepository extends JpaRepository<PollResponse, Long> {

	Optional<PollResponse> findByIdempotencyKey(String idempotencyKey);

	Page<PollResponse> findByPollIdOrderByIdDesc(long pollId, Pageable pageable);

	List<PollResponse> findByPollIdOrderById(long pollId);

	long countByPollId(long pollId);

	long countByPollIdAndIncludedTrue(long pollId);

	@Query("select r.variables from PollResponse r where r.pollId = :pollId and r.included = true")
	List<String> includedVariables(long pollId);

	@Query("select r.stratum, count(r) from PollResponse r where r.pollId = :pollId and r.included = true "
			+ "group by r.stratum")
	List<Object[]> includedByStratum(long pollId);
}
