package ps.rasd.activities.domain;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roaringbitmap.RoaringBitmap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ps.rasd.shared.sql.SqlConditions;

/**
 * The tables of the people reached: a bitmap of people a activity, what each person gave, a bitmap a sex, age group
 * and governorate, and the merged records counted as another. Rows are locked in one order by whoever writes them
 * (activities by id, then the person, then the groups by dimension and code), so that two writers never wait on
 * each other in a circle.
 */
@Component
public class ReachStore {

	/** The dimensions a person is counted by. */
	public static final List<String> DIMENSIONS = List.of("SEX", "AGE", "GOVERNORATE");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ReachStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** What a person gave, in the order of {@link #DIMENSIONS} ({@code ""} when not given). */
	public record Gave(String sex, String ageGroup, String governorateCode) {

		public String code(int dimension) {
			return switch (dimension) {
				case 0 -> sex;
				case 1 -> ageGroup;
				default -> governorateCode;
			};
		}
	}

	/** One activity's people, with its target group and its attended registrations. */
	public record ActivityReach(String targetGroup, int registered, int attendances, RoaringBitmap people) {
	}

	/** An activity's people and attended registrations. */
	public record Reached(RoaringBitmap people, RoaringBitmap registrations) {
	}

	/**
	 * The activity's people, its row locked (made when missing: the row is looked for first, so that writers of an
	 * existing row wait on its lock rather than on an insert).
	 */
	public Reached lockActivity(long activityId) {
		Optional<Reached> found = lockedActivity(activityId);
		if (found.isPresent()) {
			return found.get();
		}
		byte[] none = bytes(new RoaringBitmap());
		jdbc.sql("insert into activities_reach (activity_id, registered, attendances, people, registrations) values "
				+ "(?, 0, 0, ?, ?) on conflict do nothing").params(activityId, none, none).update();
		return lockedActivity(activityId).orElseThrow();
	}

	/** Counts a registration of the activity made (+1) or cancelled (-1), or one cancelled taken up again (+1). */
	public void registered(long activityId, int change) {
		String update = "update activities_reach set registered = registered + ? where activity_id = ?";
		if (jdbc.sql(update).params(change, activityId).update() == 0) {
			lockActivity(activityId);
			jdbc.sql(update).params(change, activityId).update();
		}
	}

	private Optional<Reached> lockedActivity(long activityId) {
		return jdbc.sql("select people, registrations from activities_reach where activity_id = ? for update")
			.param(activityId).query((rs, n) -> new Reached(bitmap(rs.getBytes(1)), bitmap(rs.getBytes(2)))).optional();
	}

	public void saveActivity(long activityId, Reached reached) {
		jdbc.sql("update activities_reach set attendances = ?, people = ?, registrations = ? where activity_id = ?")
			.params(reached.registrations().getCardinality(), bytes(reached.people()), bytes(reached.registrations()),
					activityId)
			.update();
	}

	/** The registrations of these records for an activity. */
	public List<Long> registrationsOf(long activityId, Collection<Long> people) {
		return jdbc.sql("select id from activities_registration where activity_id = :activity and person_id in (:ids)")
			.param("activity", activityId).param("ids", people).query(Long.class).list();
	}

	/**
	 * What the person was counted with, their row locked (a placeholder row, marked {@code ?}, is made when missing,
	 * so that two writers of a new person wait on each other); empty when they were not counted.
	 */
	public Optional<Gave> lockPerson(long personId) {
		Optional<Gave> found = lockedPerson(personId);
		if (found.isEmpty()) {
			jdbc.sql("insert into activities_reach_person (person_id, sex, age_group, governorate_code) values "
					+ "(?, '?', '?', '?') on conflict do nothing").param(personId).update();
			found = lockedPerson(personId);
		}
		return found.filter(g -> !"?".equals(g.sex()));
	}

	private Optional<Gave> lockedPerson(long personId) {
		return jdbc.sql("select sex, age_group, governorate_code from activities_reach_person where person_id = ? "
				+ "for update").param(personId).query((rs, n) -> new Gave(rs.getString(1), rs.getString(2),
						rs.getString(3))).optional();
	}

	/** Saves what a person locked by {@link #lockPerson} gave. */
	public void savePerson(long personId, Gave gave) {
		jdbc.sql("update activities_reach_person set sex = ?, age_group = ?, governorate_code = ? where person_id = ?")
			.params(gave.sex(), gave.ageGroup(), gave.governorateCode(), personId).update();
	}

	public void removePerson(long personId) {
		jdbc.sql("delete from activities_reach_person where person_id = ?").param(personId).update();
	}

	/** A group's people, its row locked (made when missing). */
	public RoaringBitmap lockGroup(String dimension, String code) {
		Optional<RoaringBitmap> found = lockedGroup(dimension, code);
		if (found.isPresent()) {
			return found.get();
		}
		jdbc.sql("insert into activities_reach_group (dimension, code, people) values (?, ?, ?) on conflict do nothing")
			.params(dimension, code, bytes(new RoaringBitmap())).update();
		return lockedGroup(dimension, code).orElseThrow();
	}

	private Optional<RoaringBitmap> lockedGroup(String dimension, String code) {
		return jdbc.sql("select people from activities_reach_group where dimension = ? and code = ? for update")
			.params(dimension, code).query((rs, n) -> bitmap(rs.getBytes(1))).optional();
	}

	public void saveGroup(String dimension, String code, RoaringBitmap people) {
		jdbc.sql("update activities_reach_group set people = ? where dimension = ? and code = ?")
			.params(bytes(people), dimension, code).update();
	}

	/** Every group's people: dimension → code → people. */
	public Map<String, Map<String, RoaringBitmap>> groups() {
		Map<String, Map<String, RoaringBitmap>> out = new HashMap<>();
		jdbc.sql("select dimension, code, people from activities_reach_group").query(rs -> {
			out.computeIfAbsent(rs.getString(1), d -> new HashMap<>()).put(rs.getString(2), bitmap(rs.getBytes(3)));
		});
		return out;
	}

	/** The people of the activities that meet the conditions (on {@code activities_activity x}). */
	public List<ActivityReach> activities(SqlConditions held) {
		return jdbc.sql("select coalesce(x.target_group, ''), r.registered, r.attendances, r.people from "
				+ "activities_reach r join activities_activity x on x.id = r.activity_id where " + held.sql())
			.params(held.arguments())
			.query((rs, n) -> new ActivityReach(rs.getString(1), rs.getInt(2), rs.getInt(3), bitmap(rs.getBytes(4))))
			.list();
	}

	/** The record a person is counted as: the one they were merged into (through any chain), else themselves. */
	public long countedAs(long personId) {
		long id = personId;
		for (int hop = 0; hop < 20; hop++) {
			Optional<Long> next = jdbc.sql("select counted_as from activities_reach_alias where person_id = ?").param(id)
				.query(Long.class).optional();
			if (next.isEmpty()) {
				return id;
			}
			id = next.get();
		}
		return id;
	}

	/** Every record merged (through any chain) into this one. */
	public List<Long> mergedInto(long personId) {
		List<Long> out = new ArrayList<>();
		List<Long> next = List.of(personId);
		while (!next.isEmpty() && out.size() < 1000) {
			List<Long> found = jdbc.sql("select person_id from activities_reach_alias where counted_as in (:ids)")
				.param("ids", next).query(Long.class).list();
			out.addAll(found);
			next = found;
		}
		return out;
	}

	public void alias(long personId, long countedAs) {
		jdbc.sql("delete from activities_reach_alias where person_id = ?").param(personId).update();
		jdbc.sql("insert into activities_reach_alias (person_id, counted_as) values (?, ?)").params(personId, countedAs)
			.update();
	}

	public void unalias(long personId) {
		jdbc.sql("delete from activities_reach_alias where person_id = ?").param(personId).update();
	}

	/** The activities where these records registered. */
	public List<Long> activitiesOf(Collection<Long> people) {
		return jdbc.sql("select distinct activity_id from activities_registration where person_id in (:ids) "
				+ "order by activity_id").param("ids", people).query(Long.class).list();
	}

	/**
	 * The registrations these records attended: activity, person, sex, age group, governorate ({@code ""} if not
	 * given), registration.
	 */
	public List<Object[]> attended(Collection<Long> people) {
		return jdbc.sql("select r.activity_id, r.person_id, coalesce(r.sex, ''), coalesce(r.age_group, ''), "
				+ "coalesce(r.governorate_code, ''), r.id from activities_registration r where r.person_id in (:ids) and "
				+ "exists (select 1 from activities_attendance t where t.registration_id = r.id)").param("ids", people)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6) })
			.list();
	}

	/** One attended registration, for a rebuild. */
	public interface AttendedRow {

		void row(long activityId, long personId, Gave gave, long registrationId);
	}

	/** Every attended registration, once each. */
	public void everyAttended(AttendedRow each) {
		jdbc.sql("select r.activity_id, r.person_id, coalesce(r.sex, ''), coalesce(r.age_group, ''), "
				+ "coalesce(r.governorate_code, ''), r.id from activities_registration r where exists (select 1 from "
				+ "activities_attendance t where t.registration_id = r.id)")
			.query(rs -> {
				each.row(rs.getLong(1), rs.getLong(2), new Gave(rs.getString(3), rs.getString(4), rs.getString(5)),
						rs.getLong(6));
			});
	}

	/** Writes what a rebuild counted: the activities' people, the people, the groups ("dimension\tcode"). */
	public void insertAll(Map<Long, Reached> activities, Map<Long, Gave> people, Map<String, RoaringBitmap> groups) {
		Map<Long, Integer> registered = new HashMap<>();
		jdbc.sql("select activity_id, count(*) from activities_registration where status <> 'CANCELLED' group by "
				+ "activity_id").query(rs -> {
					registered.put(rs.getLong(1), rs.getInt(2));
				});
		List<Object[]> rows = new ArrayList<>();
		byte[] none = bytes(new RoaringBitmap());
		registered.keySet().stream().filter(id -> !activities.containsKey(id))
			.forEach(id -> rows.add(new Object[] { id, registered.get(id), 0, none, none }));
		activities.forEach((id, reached) -> rows.add(new Object[] { id, registered.getOrDefault(id, 0),
				reached.registrations().getCardinality(), bytes(reached.people()), bytes(reached.registrations()) }));
		batch.batchUpdate("insert into activities_reach (activity_id, registered, attendances, people, registrations) "
				+ "values (?, ?, ?, ?, ?)", rows);
		rows.clear();
		people.forEach((id, g) -> rows.add(new Object[] { id, g.sex(), g.ageGroup(), g.governorateCode() }));
		batch.batchUpdate("insert into activities_reach_person (person_id, sex, age_group, governorate_code) values "
				+ "(?, ?, ?, ?)", rows);
		rows.clear();
		groups.forEach((key, reached) -> {
			String[] k = key.split("\t", 2);
			rows.add(new Object[] { k[0], k[1], bytes(reached) });
		});
		batch.batchUpdate("insert into activities_reach_group (dimension, code, people) values (?, ?, ?)", rows);
	}

	/** Sets the merged records to these (merged → kept). */
	public void replaceAliases(Map<Long, Long> merges) {
		jdbc.sql("delete from activities_reach_alias").update();
		List<Object[]> rows = new ArrayList<>();
		merges.forEach((merged, kept) -> rows.add(new Object[] { merged, kept }));
		batch.batchUpdate("insert into activities_reach_alias (person_id, counted_as) values (?, ?)", rows);
	}

	/** The activity and person of a registration: {activity, person}. */
	public Optional<long[]> ofRegistration(long registrationId) {
		return jdbc.sql("select activity_id, person_id from activities_registration where id = ?").param(registrationId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional();
	}

	public boolean built() {
		return jdbc.sql("select count(*) from activities_reach_state where name = 'built'").query(Long.class).single() > 0;
	}

	/** Empties the tables (but the aliases) before a rebuild. */
	public void clear() {
		jdbc.sql("delete from activities_reach").update();
		jdbc.sql("delete from activities_reach_person").update();
		jdbc.sql("delete from activities_reach_group").update();
		jdbc.sql("delete from activities_reach_state").update();
	}

	public void markBuilt(Instant now) {
		jdbc.sql("insert into activities_reach_state (name, built_at) values ('built', ?)").param(Timestamp.from(now))
			.update();
	}

	public static byte[] bytes(RoaringBitmap people) {
		people.runOptimize();
		ByteBuffer out = ByteBuffer.allocate(people.serializedSizeInBytes());
		people.serialize(out);
		return out.array();
	}

	public static RoaringBitmap bitmap(byte[] bytes) {
		RoaringBitmap people = new RoaringBitmap();
		try {
			people.deserialize(ByteBuffer.wrap(bytes));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return people;
	}
}
