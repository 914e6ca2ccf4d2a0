package ps.rasd.cases.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import ps.rasd.cases.Moderation;

public interface ReplyRepository extends JpaRepository<Reply, Long> {

	List<Reply> findByCaseIdOrderByReceivedAtAsc(long caseId);

	@Query("select r from Reply r, CaseFile c where c.id = r.caseId and r.moderation = :m"
			+ " and (:all = true or c.governorateCode in :govs) order by r.receivedAt")
	List<Reply> awaiting(@Param("m") Moderation moderation, @Param("all") boolean all,
			@Param("govs") Collection<String> governorates);
}
