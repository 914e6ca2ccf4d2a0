package ps.rasd.analytics.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.analytics.ExportStatus;

/** Export jobs, and the conditional updates the background thread moves them with (each its own transaction). */
public interface ExportJobRepository extends JpaRepository<ExportJob, Long>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<ExportJob> {

	List<ExportJob> findTop20ByOwnerIdOrderByCreatedAtDescIdDesc(long ownerId);

	long countByOwnerIdAndStatusIn(long ownerId, Collection<ExportStatus> statuses);

	List<ExportJob> findByExpiresAtBefore(Instant now);

	List<ExportJob> findByStatusInAndUpdatedAtBefore(Collection<ExportStatus> statuses, Instant before);

	@Transactional
	@Modifying
	@Query("""
			update ExportJob j set j.status = ps.rasd.analytics.ExportStatus.RUNNING, j.totalEstimate = :total,
			j.startedAt = :now, j.updatedAt = :now, j.version = j.version + 1
			where j.id = :id and j.status = ps.rasd.analytics.ExportStatus.QUEUED""")
	int started(@Param("id") long id, @Param("total") long total, @Param("now") Instant now);

	@Transactional
	@Modifying
	@Query("""
			update ExportJob j set j.rowsWritten = :rows, j.updatedAt = :now, j.version = j.version + 1
			where j.id = :id and j.status = ps.rasd.analytics.ExportStatus.RUNNING""")
	int progress(@Param("id") long id, @Param("rows") long rows, @Param("now") Instant now);

	@Transactional
	@Modifying
	@Query("""
			update ExportJob j set j.status = ps.rasd.analytics.ExportStatus.DONE, j.rowsWritten = :rows,
			j.fileName = :file, j.fileSize = :size, j.finishedAt = :now, j.updatedAt = :now, j.expiresAt = :expires,
			j.version = j.version + 1
			where j.id = :id and j.status = ps.rasd.analytics.ExportStatus.RUNNING""")
	int done(@Param("id") long id, @Param("rows") long rows, @Param("file") String file, @Param("size") long size,
			@Param("now") Instant now, @Param("expires") Instant expires);

	@Transactional
	@Modifying
	@Query("""
			update ExportJob j set j.status = ps.rasd.analytics.ExportStatus.FAILED, j.errorCode = :code,
			j.finishedAt = :now, j.updatedAt = :now, j.expiresAt = :expires, j.version = j.version + 1
			where j.id = :id and j.status in (ps.rasd.analytics.ExportStatus.QUEUED,
			ps.rasd.analytics.ExportStatus.RUNNING)""")
	int failed(@Param("id") long id, @Param("code") String code, @Param("now") Instant now,
			@Param("expires") Instant expires);
}
