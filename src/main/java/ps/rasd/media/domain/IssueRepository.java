package ps.rasd.media.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ps.rasd.media.IssueStatus;

public interface IssueRepository extends JpaRepository<Issue, Long> {

	Optional<Issue> findByNumber(int number);

	List<Issue> findByStatusOrderByNumberDesc(IssueStatus status);

	List<Issue> findAllByOrderByNumberDesc();

	@Query("select coalesce(max(i.number), 0) from Issue i")
	int lastNumber();
}
