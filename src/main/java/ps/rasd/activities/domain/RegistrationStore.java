package ps.rasd.activities.domain;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import ps.rasd.activities.RegistrationStatus;
import ps.rasd.activities.RegistrationSummary;

/** The registration and attendance tables. */
@Component
public class RegistrationStore {

	/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L). */
	private static final char[] CODE_LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final boolean postgres;

	private final ReachStore reach;

	RegistrationStore(JdbcClient jdbc, javax.sql.DataSource dataSource, ReachStore reach) throws SQLException {
		this.jdbc = jdbc;
		this.reach = reach;
		try (var connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
				.contains("postgres");
		}
	}

	/** What a new registration holds. */
	public record NewRegistration(long activityId, long personId, String name, String phone, String email, String sex,
			String ageGroup, String governorateCode, String university, RegistrationStatus status, boolean walkIn,
			String language) {
	}

	public long insert(NewRegistration r, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into activities_registration (activity_id, person_id, name, phone, email, sex, age_group, "
				+ "governorate_code, university, status, code, token, walk_in, language, created_at, changed_at) values "
				+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.activityId(), r.personId(), r.name(), r.phone(), r.email(), r.sex(), r.ageGroup(),
					r.governorateCode(), r.university(), r.status().name(), code(8), token(), r.walkIn(), r.language(),
					Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		if (r.status() != RegistrationStatus.CANCELLED) {
			reach.registered(r.activityId(), 1);
		}
		return keys.getKey().longValue();
	}

	/** A short code of unambiguous letters, for the door and for certificates. */
	public static String code(int length) {
		char[] out = new char[length];
		for (int i = 0; i < length; i++) {
			out[i] = CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)];
		}
		return new String(out);
	}

	/** A secret for a personal link. */
	public static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Changes a registration's status; the registrations counted for donor figures follow a cancellation. */
	public void status(long id, RegistrationStatus status, Instant now) {
		var before = jdbc.sql("select activity_id, status from activities_registration where id = ?").param(id)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).optional();
		jdbc.sql("update activities_registration set status = ?, changed_at = ? where id = ?")
			.params(status.name(), Timestamp.from(now), id).update();
		before.ifPresent(b -> {
			boolean was = !RegistrationStatus.CANCELLED.name().equals(b[1]);
			boolean is = status != RegistrationStatus.CANCELLED;
			if (was != is) {
				reach.registered((Long) b[0], is ? 1 : -1);
			}
		});
	}

	/** Takes the activity's row lock, so that two registrations for the last seat are decided one after the other. */
	public void lockActivity(long activityId) {
		jdbc.sql("select id from activities_activity where id = ? for update").param(activityId).query(Long.class)
			.optional();
	}

	public long confirmed(long activityId) {
		return jdbc.sql("select count(*) from activities_registration where activity_id = ? and status = 'CONFIRMED'")
			.param(activityId).query(Long.class).single();
	}

	/** The first on the waiting list, if any. */
	public Optional<Long> firstWaiting(long activityId) {
		return jdbc.sql("select id from activities_registration where activity_id = ? and status = 'WAITING' "
				+ "order by id limit 1").param(activityId).query(Long.class).optional();
	}

	public Optional<RegistrationSummary> byPerson(long activityId, long personId) {
		return one("r.activity_id = ? and r.person_id = ?", activityId, personId);
	}

	public Optional<RegistrationSummary> byToken(String token) {
		return one("r.token = ?", token);
	}

	public Optional<RegistrationSummary> byCode(String code) {
		return one("r.code = ?", code);
	}

	public Optional<RegistrationSummary> find(long id) {
		return one("r.id = ?", id);
	}

	/** Contacts of a registration: e-mail, language. */
	public Optional<String[]> contact(long id) {
		return jdbc.sql("select email, language, phone from activities_registration where id = ?").param(id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).optional();
	}

	public List<RegistrationSummary> of(long activityId, String nameKey, int limit) {
		if (nameKey == null || nameKey.isBlank()) {
			return list("r.activity_id = ? order by r.status, r.name limit " + limit, activityId);
		}
		return list("r.activity_id = ? and lower(r.name) like ? order by r.name limit " + limit, activityId,
				"%" + nameKey.toLowerCase(java.util.Locale.ROOT) + "%");
	}

	/**
	 * Checks a registration in to a session once: a second scan of the same code (another phone, a queued scan sent
	 * again) finds the row there and adds nothing; the unique constraint holds when two arrive at the same instant.
	 * @return whether this call added the attendance
	 */
	public boolean checkIn(long sessionId, long registrationId, Long by, Instant now) {
		boolean there = jdbc.sql("select count(*) from activities_attendance where session_id = ? and registration_id = ?")
			.params(sessionId, registrationId).query(Long.class).single() > 0;
		if (there) {
			return false;
		}
		String insert = "insert into activities_attendance (session_id, registration_id, checked_at, checked_by) values "
				+ "(?, ?, ?, ?)";
		if (postgres) {
			// a failed statement would end PostgreSQL's transaction: let the constraint decide without failing
			return jdbc.sql(insert + " on conflict do nothing").params(sessionId, registrationId, Timestamp.from(now), by)
				.update() == 1;
		}
		try {
			return jdbc.sql(insert).params(sessionId, registrationId, Timestamp.from(now), by).update() == 1;
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return false;
		}
	}

	/** Removes a check-in; answers how many rows went (0 or 1). */
	public int undoCheckIn(long sessionId, long registrationId) {
		return jdbc.sql("delete from activities_attendance where session_id = ? and registration_id = ?")
			.params(sessionId, registrationId).update();
	}

	/** Corrects what a registrant gave. */
	public void correct(long id, String sex, String ageGroup, String governorateCode, Instant now) {
		jdbc.sql("update activities_registration set sex = ?, age_group = ?, governorate_code = ?, changed_at = ? "
				+ "where id = ?").params(sex, ageGroup, governorateCode, Timestamp.from(now), id).update();
	}

	private Optional<RegistrationSummary> one(String where, Object... args) {
		List<RegistrationSummary> rows = list(where, args);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	private List<RegistrationSummary> list(String where, Object... args) {
		return jdbc.sql("select r.id, r.activity_id, r.name, r.status, r.code, r.token, r.walk_in, "
				+ "(select count(*) from activities_attendance t where t.registration_id = r.id) attended, "
				+ "(select c.code from activities_certificate c where c.registration_id = r.id) certificate "
				+ "from activities_registration r where " + where)
			.params(args).query(RegistrationStore::row).list();
	}

	private static RegistrationSummary row(ResultSet rs, int n) throws SQLException {
		return new RegistrationSummary(rs.getLong(1), rs.getLong(2), rs.getString(3),
				RegistrationStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7),
				rs.getInt(8), rs.getString(9));
	}
}
