package ps.rasd.network.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ps.rasd.network.PersonDetails;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.Tier;
import ps.rasd.shared.sql.SqlConditions;

/**
 * The person table, by plain SQL: the duplicate keys are computed here on every write so that every path (form,
 * public application, import, merge) keeps them alike; set-based reads (segments, suggestions, imports) stay in SQL.
 */
@Repository
public class PersonStore {

	static final String COLUMNS = "p.id, p.name_ar, p.name_en, p.sex, p.birth_year, p.age_group, p.governorate_code, "
			+ "p.place, p.university, p.field_of_study, p.profession, p.languages, p.phone, p.email, "
			+ "p.preferred_contact, p.consent_version, p.consent_at, p.consent_scope, p.tier, p.account_id, "
			+ "p.merged_into, p.erased_at, p.demo, p.version";

	private static final String INSERT = "insert into network_person (name_ar, name_en, sex, birth_year, age_group, "
			+ "governorate_code, place, university, field_of_study, profession, languages, phone, email, "
			+ "preferred_contact, consent_version, consent_at, consent_scope, tier, account_id, name_key, sound_key, "
			+ "first_key, last_key, phone_key, email_key, demo, created_at, updated_at, version) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PersonStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A new record to insert. */
	public record NewPerson(PersonDetails details, String consentVersion, Instant consentAt, String consentScope,
			Tier tier, Long accountId, boolean demo) {
	}

	/** Inserts one record; answers its id. */
	public long insert(NewPerson person, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		template.update(con -> {
			var ps = con.prepareStatement(INSERT, new String[] { "id" });
			bind(ps, person, now);
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	/** Inserts many records in JDBC batches (an import); ids are not returned. */
	public void insertAll(List<NewPerson> people, Instant now) {
		template.batchUpdate(INSERT, people, 500, (ps, person) -> bind(ps, person, now));
	}

	private static void bind(java.sql.PreparedStatement ps, NewPerson person, Instant now) throws SQLException {
		PersonDetails d = person.details();
		Object[] values = { d.nameAr(), d.nameEn(), d.sex(), d.birthYear(), d.ageGroup(), d.governorateCode(),
				d.place(), d.university(), d.fieldOfStudy(), d.profession(), d.languages(), d.phone(), d.email(),
				d.preferredContact(), person.consentVersion(), ts(person.consentAt()), person.consentScope(),
				person.tier().name(), person.accountId() };
		int i = 1;
		for (Object value : values) {
			ps.setObject(i++, value);
		}
		for (Object key : keys(d)) {
			ps.setObject(i++, key);
		}
		ps.setBoolean(i++, person.demo());
		ps.setTimestamp(i++, Timestamp.from(now));
		ps.setTimestamp(i, Timestamp.from(now));
	}

	/** The keys of a record's name, phone and e-mail, in the order of the key columns. */
	static Object[] keys(PersonDetails d) {
		return new Object[] { cut(NameKeys.fold(d.nameAr()), 200), NameKeys.sound(d.nameAr()), NameKeys.first(d.nameAr()),
				NameKeys.last(d.nameAr()), NameKeys.phone(d.phone()), NameKeys.email(d.email()) };
	}

	private static String cut(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	/** One record, merged or not. */
	public Optional<PersonRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from network_person p where p.id = ?").param(id)
			.query(PersonStore::row).optional();
	}

	/** The record linked to an account, if any (not merged away). */
	public Optional<PersonRow> byAccount(long accountId) {
		return jdbc.sql("select " + COLUMNS + " from network_person p where p.account_id = ? and p.merged_into is null")
			.param(accountId).query(PersonStore::row).optional();
	}

	/** Changes the details of a record at the version the writer read. */
	public void update(long id, long version, PersonDetails d, Instant now) {
		List<Object> args = new ArrayList<>(List.of(new Object[] { d.nameAr(), d.nameEn(), d.sex() }));
		args.add(d.birthYear());
		args.addAll(java.util.Arrays.asList(d.ageGroup(), d.governorateCode(), d.place(), d.university(),
				d.fieldOfStudy(), d.profession(), d.languages(), d.phone(), d.email(), d.preferredContact()));
		args.addAll(java.util.Arrays.asList(keys(d)));
		args.add(Timestamp.from(now));
		args.add(id);
		args.add(version);
		int n = template.update("update network_person set name_ar = ?, name_en = ?, sex = ?, birth_year = ?, "
				+ "age_group = ?, governorate_code = ?, place = ?, university = ?, field_of_study = ?, profession = ?, "
				+ "languages = ?, phone = ?, email = ?, preferred_contact = ?, name_key = ?, sound_key = ?, "
				+ "first_key = ?, last_key = ?, phone_key = ?, email_key = ?, updated_at = ?, version = version + 1 "
				+ "where id = ? and version = ?", args.toArray());
		if (n == 0) {
			throw new ConflictException("network.person.stale");
		}
	}

	/** Sets one column (consent, tier, account, merge marks, erasure) and advances the version. */
	public void set(long id, String column, Object value, Instant now) {
		template.update("update network_person set " + column + " = ?, updated_at = ?, version = version + 1 "
				+ "where id = ?", value, Timestamp.from(now), id);
	}

	/** Records consent: the text version, the moment, what was agreed to and whether the name may be published. */
	public void consent(long id, String version, String scope, boolean publish, Instant now) {
		template.update("update network_person set consent_version = ?, consent_at = ?, consent_scope = ?, tier = ?, "
				+ "updated_at = ?, version = version + 1 where id = ?", version, Timestamp.from(now), scope,
				publish ? Tier.PUBLIC.name() : Tier.INTERNAL.name(), Timestamp.from(now), id);
	}

	/** Removes every personal detail of a record, keeping the row (and thereby counts of memberships, attendance). */
	public void erase(long id, Instant now) {
		template.update("update network_person set name_ar = ?, name_en = null, sex = null, birth_year = null, "
				+ "age_group = null, place = null, university = null, field_of_study = null, profession = null, "
				+ "languages = null, phone = null, email = null, preferred_contact = null, consent_version = null, "
				+ "consent_at = null, consent_scope = null, tier = 'INTERNAL', account_id = null, name_key = '', "
				+ "sound_key = '', first_key = '', last_key = '', phone_key = null, email_key = null, erased_at = ?, "
				+ "updated_at = ?, version = version + 1 where id = ?", "—", Timestamp.from(now), Timestamp.from(now), id);
	}

	/** Records matching the conditions (not merged away), by name, a page. */
	public List<PersonRow> list(SqlConditions where, int limit, int offset) {
		return jdbc.sql("select " + COLUMNS + " from network_person p where p.merged_into is null and " + where.sql()
				+ " order by p.name_key, p.id limit " + limit + " offset " + offset)
			.params(where.arguments()).query(PersonStore::row).list();
	}

	/** How many records match. */
	public long count(SqlConditions where) {
		return jdbc.sql("select count(*) from network_person p where p.merged_into is null and " + where.sql())
			.params(where.arguments()).query(Long.class).single();
	}

	static PersonRow row(ResultSet rs, int n) throws SQLException {
		PersonDetails d = new PersonDetails(rs.getString("name_ar"), rs.getString("name_en"), rs.getString("sex"),
				(Integer) rs.getObject("birth_year", Integer.class), rs.getString("age_group"),
				rs.getString("governorate_code"), rs.getString("place"), rs.getString("university"),
				rs.getString("field_of_study"), rs.getString("profession"), rs.getString("languages"),
				rs.getString("phone"), rs.getString("email"), rs.getString("preferred_contact"));
		Timestamp consentAt = rs.getTimestamp("consent_at");
		Timestamp erased = rs.getTimestamp("erased_at");
		return new PersonRow(rs.getLong("id"), d, rs.getString("consent_version"),
				consentAt == null ? null : consentAt.toInstant(), rs.getString("consent_scope"),
				Tier.valueOf(rs.getString("tier")), (Long) rs.getObject("account_id", Long.class),
				(Long) rs.getObject("merged_into", Long.class), erased == null ? null : erased.toInstant(),
				rs.getBoolean("demo"), rs.getLong("version"));
	}
}
