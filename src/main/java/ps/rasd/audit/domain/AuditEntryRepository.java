package ps.rasd.audit.domain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	/** The action codes that occur in the log, for the filter's picker. */
	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> actions();

	/** The kinds of record that occur in the log, for the filter's picker. */
	@Query("select distinct e.subjectType from AuditEntry e order by e.subjectType")
	List<String> subjectTypes();

	/** Who occurs in the log (account id and the name kept in the log), for the filter's picker. */
	@Query("select distinct e.actorId, e.actorName from AuditEntry e where e.actorId is not null")
	List<Object[]> actors();

	/** A slice of the sealed chain in order, for verification. */
	List<AuditEntry> findBySeqGreaterThanOrderBySeqAsc(long after, Pageable pageable);

	/** Entries not sealed yet, oldest id first (the sealer takes them in this order). */
	List<AuditEntry> findBySeqIsNullOrderByIdAsc(Pageable pageable);

	/** How many entries wait to be sealed. */
	long countBySeqIsNull();

	/** Entries matching the filters given (each may be {@code null}), newest first. */
	default Page<AuditEntry> search(String action, String subjectType, String subjectId, String actorName,
			Pageable pageable) {
		Specification<AuditEntry> spec = (root, query, cb) -> cb.conjunction();
		if (action != null) {
			spec = spec.and((root, query, cb) -> cb.like(root.get("action"), action + "%"));
		}
		if (subjectType != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("subjectType"), subjectType));
		}
		if (subjectId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("subjectId"), subjectId));
		}
		if (actorName != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("actorName"), actorName));
		}
		return findAll(spec, pageable);
	}
}
