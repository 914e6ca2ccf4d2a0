package ps.rasd.activities.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import ps.rasd.activities.ActivityDetails;
import ps.rasd.activities.ActivityKind;
import ps.rasd.activities.ActivityStatus;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.SessionSummary;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.sql.SqlConditions;

/** The activity, kind and session tables. */
@Component
public class ActivityStore {

	private final JdbcClient jdbc;

	ActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ActivityKind> kinds() {
		return jdbc.sql("select * from activities_kind order by position, code")
			.query((rs, n) -> new ActivityKind(rs.getString("code"), rs.getString("label_ar"), rs.getString("label_en"),
					rs.getBoolean("active")))
			.list();
	}

	public void saveKind(ActivityKind kind) {
		int changed = jdbc.sql("update activities_kind set label_ar = ?, label_en = ?, active = ? where code = ?")
			.params(kind.labelAr(), kind.labelEn(), kind.active(), kind.code()).update();
		if (changed == 0) {
			jdbc.sql("insert into activities_kind (code, label_ar, label_en, position, active) values (?, ?, ?, "
					+ "(select coalesce(max(position), 0) + 1 from activities_kind), ?)")
				.params(kind.code(), kind.labelAr(), kind.labelEn(), kind.active()).update();
		}
	}

	public long insert(ActivityDetails d, boolean demo, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into activities_activity (kind, title_ar, title_en, description_ar, description_en, status, "
				+ "governorate_code, place_id, address, online_link, organisers, partner_ids, facilitators, target_group, "
				+ "capacity, campaign_ref, attendance_rule, demo, created_at, updated_at, version) values "
				+ "(?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(d.kind(), d.titleAr(), d.titleEn(), d.descriptionAr(), d.descriptionEn(), d.governorateCode(),
					d.placeId(), d.address(), d.onlineLink(), d.organisers(), d.partnerIds(), d.facilitators(),
					d.targetGroup(), d.capacity(), d.campaignRef(), d.attendanceRule(), demo, Timestamp.from(now),
					Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void update(long id, long version, ActivityDetails d, Instant now) {
		int changed = jdbc.sql("update activities_activity set kind = ?, title_ar = ?, title_en = ?, description_ar = ?, "
				+ "description_en = ?, governorate_code = ?, place_id = ?, address = ?, online_link = ?, organisers = ?, "
				+ "partner_ids = ?, facilitators = ?, target_group = ?, capacity = ?, campaign_ref = ?, "
				+ "attendance_rule = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
			.params(d.kind(), d.titleAr(), d.titleEn(), d.descriptionAr(), d.descriptionEn(), d.governorateCode(),
					d.placeId(), d.address(), d.onlineLink(), d.organisers(), d.partnerIds(), d.facilitators(),
					d.targetGroup(), d.capacity(), d.campaignRef(), d.attendanceRule(), Timestamp.from(now), id, version)
			.update();
		if (changed == 0) {
			throw new ConflictException("activities.activity.stale", id);
		}
	}

	public void status(long id, long version, ActivityStatus status, Instant now) {
		int changed = jdbc.sql("update activities_activity set status = ?, updated_at = ?, version = version + 1 "
				+ "where id = ? and version = ?")
			.params(status.name(), Timestamp.from(now), id, version).update();
		if (changed == 0) {
			throw new ConflictException("activities.activity.stale", id);
		}
	}

	public void report(long id, String outcomes, String publicReport, Instant now) {
		jdbc.sql("update activities_activity set outcomes = ?, public_report = ?, updated_at = ?, version = version + 1 "
				+ "where id = ?").params(outcomes, publicReport, Timestamp.from(now), id).update();
	}

	public Optional<ActivitySummary> find(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::row).optional();
	}

	/** Activities matching the conditions (on alias {@code a}), by first session, newest first. */
	public List<ActivitySummary> list(SqlConditions where, int limit) {
		return jdbc.sql(SELECT + " where " + where.sql() + " order by coalesce((select min(s.starts_at) from "
				+ "activities_session s where s.activity_id = a.id), a.created_at) desc, a.id desc limit " + limit)
			.params(where.arguments()).query(this::row).list();
	}

	public long addSession(long activityId, Instant startsAt, Instant endsAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into activities_session (activity_id, starts_at, ends_at) values (?, ?, ?)")
			.params(activityId, Timestamp.from(startsAt), Timestamp.from(endsAt)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public int removeSession(long activityId, long sessionId) {
		return jdbc.sql("delete from activities_session s where s.id = ? and s.activity_id = ? and not exists "
				+ "(select 1 from activities_attendance t where t.session_id = s.id)").params(sessionId, activityId).update();
	}

	public List<SessionSummary> sessions(long activityId) {
		return jdbc.sql("select id, starts_at, ends_at from activities_session where activity_id = ? order by starts_at, id")
			.param(activityId)
			.query((rs, n) -> new SessionSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	private static final String SELECT = "select a.*, "
			+ "(select count(*) from activities_registration r where r.activity_id = a.id and r.status = 'CONFIRMED') confirmed, "
			+ "(select count(*) from activities_registration r where r.activity_id = a.id and r.status = 'WAITING') waiting, "
			+ "(select count(distinct t.registration_id) from activities_attendance t join activities_session s on "
			+ "s.id = t.session_id where s.activity_id = a.id) attended from activities_activity a";

	private ActivitySummary row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		ActivityDetails d = new ActivityDetails(rs.getString("kind"), rs.getString("title_ar"), rs.getString("title_en"),
				rs.getString("description_ar"), rs.getString("description_en"), rs.getString("governorate_code"),
				rs.getObject("place_id", Long.class), rs.getString("address"), rs.getString("online_link"),
				rs.getString("organisers"), rs.getString("partner_ids"), rs.getString("facilitators"),
				rs.getString("target_group"), rs.getInt("capacity"), rs.getString("campaign_ref"),
				rs.getInt("attendance_rule"));
		return new ActivitySummary(id, d, ActivityStatus.valueOf(rs.getString("status")), sessions(id),
				rs.getLong("confirmed"), rs.getLong("waiting"), rs.getLong("attended"), rs.getString("outcomes"),
				rs.getString("public_report"), rs.getBoolean("demo"), rs.getLong("version"));
	}
}
