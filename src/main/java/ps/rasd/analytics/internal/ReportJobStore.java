package ps.rasd.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.analytics.ExportStatus;
import ps.rasd.analytics.ReportJobView;
import ps.rasd.analytics.ReportRequest;

/**
 * The table of report jobs. Every write is its own transaction, committed at once: the background thread must see a
 * job the moment it is asked for, whatever transaction the caller is in.
 */
@Component
public class ReportJobStore {

	private static final String COLUMNS = "id, requested_by, date_from, date_to, governorate_code, sector_code, "
			+ "language, status, percent, file_name, file_size, error_code, created_at, finished_at";

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	ReportJobStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A stored job with the name of its file. */
	public record Stored(ReportJobView view, String fileName) {
	}

	/** Records a new job, waiting; returns its id. */
	public long create(ReportRequest request, long requestedBy, Instant now) {
		return own.execute(status -> {
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into analytics_report_job (requested_by, date_from, date_to, governorate_code, sector_code,
					  language, status, percent, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)""")
				.params(requestedBy, request.from(), request.to(), request.governorateCode(), request.sectorCode(),
						request.language(), utc(now), utc(now))
				.update(key, "id");
			return key.getKey().longValue();
		});
	}

	/** Moves a job on: its status and percent. */
	public void progress(long id, ExportStatus status, int percent, Instant now) {
		write("update analytics_report_job set status = ?, percent = ?, updated_at = ? where id = ?", status.name(),
				percent, utc(now), id);
	}

	/** Marks a job done with its file. */
	public void done(long id, String fileName, long size, Instant now) {
		write("""
				update analytics_report_job set status = 'DONE', percent = 100, file_name = ?, file_size = ?,
				  updated_at = ?, finished_at = ? where id = ?""", fileName, size, utc(now),
				utc(now), id);
	}

	/** Marks a job failed with the code of its reason. */
	public void failed(long id, String code, Instant now) {
		write("""
				update analytics_report_job set status = 'FAILED', error_code = ?, updated_at = ?, finished_at = ?
				  where id = ?""", code, utc(now), utc(now), id);
	}

	/** Marks every job still waiting or running, last moved no later than {@code still}, failed; returns how many. */
	public int interruptUnfinished(String code, Instant now, Instant still) {
		return own.execute(status -> jdbc.sql("""
				update analytics_report_job set status = 'FAILED', error_code = ?, updated_at = ?, finished_at = ?
				  where status in ('QUEUED', 'RUNNING') and updated_at <= ?""")
			.params(code, utc(now), utc(now), utc(still))
			.update());
	}

	/** One job. */
	public Optional<Stored> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from analytics_report_job where id = ?").param(id).query(this::row)
			.optional();
	}

	/** The newest jobs first, at most {@code limit}. */
	public List<Stored> newest(int limit) {
		return page(null, null, true, limit);
	}

	/** Keyset paging by the time asked for, then id; after ({@code afterCreated}, {@code afterId}) when given. */
	public List<Stored> page(Instant afterCreated, Long afterId, boolean descending, int limit) {
		String direction = descending ? "desc" : "asc";
		String comparison = descending ? "<" : ">";
		String where = afterId == null ? ""
				: " where created_at " + comparison + " ? or (created_at = ? and id " + comparison + " ?)";
		var spec = jdbc.sql("select " + COLUMNS + " from analytics_report_job" + where + " order by created_at "
				+ direction + ", id " + direction + " fetch first " + limit + " rows only");
		if (afterId != null) {
			spec = spec.params(utc(afterCreated), utc(afterCreated), afterId);
		}
		return spec.query(this::row).list();
	}

	/** The finished jobs beyond the {@code kept} newest ones, to delete with their files. */
	public List<Stored> beyond(int kept) {
		List<Long> newest = jdbc.sql("select id from analytics_report_job order by created_at desc, id desc "
				+ "fetch first " + Math.max(kept, 0) + " rows only").query(Long.class).list();
		return jdbc.sql("select " + COLUMNS + " from analytics_report_job where status in ('DONE', 'FAILED')")
			.query(this::row)
			.list()
			.stream()
			.filter(s -> !newest.contains(s.view().id()))
			.toList();
	}

	/** Forgets a job. */
	public void delete(long id) {
		write("delete from analytics_report_job where id = ?", id);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private void write(String sql, Object... parameters) {
		own.executeWithoutResult(status -> jdbc.sql(sql).params(parameters).update());
	}

	private Stored row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		long size = rs.getLong("file_size");
		ReportRequest request = new ReportRequest(rs.getObject("date_from", LocalDate.class),
				rs.getObject("date_to", LocalDate.class), rs.getString("governorate_code"), rs.getString("sector_code"),
				rs.getString("language"));
		return new Stored(new ReportJobView(rs.getLong("id"), request, rs.getLong("requested_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), ExportStatus.valueOf(rs.getString("status")),
				rs.getInt("percent"), size, rs.getString("error_code"), finished == null ? null : finished.toInstant()),
				rs.getString("file_name"));
	}
}
