package ps.rasd.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.internal.ReachKeeper;
import ps.rasd.network.MergeSummary;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonId;
import ps.rasd.shared.Formats;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/**
 * The donor figures kept current as attendance changes count exactly what a scan of the attendance counts, for
 * several filters, before and after a check-in undone, what a registrant gave corrected, two person records merged
 * (and the merge undone), and after counting everything again. On H2 (and PostgreSQL in {@link PostgresReachTests}).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ReachTests {

	@Autowired
	ActivitiesManagement activities;

	@Autowired
	Registrations registrations;

	@Autowired
	ActivityFigures figures;

	@Autowired
	ReachKeeper keeper;

	@Autowired
	NetworkManagement network;

	@Autowired
	JdbcClient jdbc;

	final RasdPrincipal admin = Principals.admin();

	final LocalDate today = LocalDate.now(Formats.ZONE);

	final List<FigureFilter> filters = List.of(FigureFilter.all(), new FigureFilter(null, null, "50", null, null),
			new FigureFilter(null, null, null, "WORKSHOP", null), new FigureFilter(null, null, null, null, "REACH-T"),
			new FigureFilter(today.minusDays(30), today, null, null, null),
			new FigureFilter(today.minusDays(200), today.minusDays(50), "45", "WORKSHOP", "REACH-T"));

	ActivitySummary activity(String kind, String governorate, String campaign, String group, int daysAgo) {
		ActivitySummary a = activities.create(ActivityDetails.of(kind, "نشاط للعدّ", governorate, 50).forGroup(group)
			.forCampaign(campaign), admin);
		Instant day = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		activities.addSession(a.id(), day, day.plus(2, ChronoUnit.HOURS), admin);
		activities.addSession(a.id(), day.plus(1, ChronoUnit.DAYS), day.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS),
				admin);
		return activities.move(a.id(), activities.activity(a.id(), admin).version(), ActivityStatus.OPEN, admin);
	}

	RegistrationSummary register(ActivitySummary a, String name, String phone, String sex, String age, String gov) {
		return registrations.register(a.id(), new RegistrationForm(name, phone, null, sex, age, gov, null, true),
				Locale.forLanguageTag("ar"), true).registration();
	}

	void in(ActivitySummary a, RegistrationSummary r, int session) {
		activities.checkIn(a.id(), a.sessions().get(session).id(), r.code(), admin);
	}

	void held(ActivitySummary a) {
		activities.move(a.id(), activities.activity(a.id(), admin).version(), ActivityStatus.HELD, admin);
	}

	long person(RegistrationSummary r) {
		return jdbc.sql("select person_id from activities_registration where id = ?").param(r.id()).query(Long.class)
			.single();
	}

	@Test
	void figuresKeptCurrentCountWhatAScanCounts() {
		ActivitySummary a1 = activity("WORKSHOP", "50", "REACH-T", "طلبة", 10);
		ActivitySummary a2 = activity("TRAINING", "50", null, "صحفيون", 40);
		ActivitySummary a3 = activity("WORKSHOP", "45", "REACH-T", "طلبة", 100);
		ActivitySummary open = activity("WORKSHOP", "50", "REACH-T", "طلبة", 5);
		RegistrationSummary layla1 = register(a1, "ليلى عودة عدّ", "0599870001", "F", "18-24", "50");
		RegistrationSummary layla2 = register(a2, "ليلى عودة عدّ", "0599870001", "F", "25-29", "50");
		RegistrationSummary layla3 = register(a3, "ليلى عودة عدّ", "0599870001", null, null, "45");
		RegistrationSummary khaled = register(a1, "خالد حماد عدّ", "0599870002", "M", "30-39", "50");
		RegistrationSummary aya = register(a2, "آية صالح عدّ", "0599870003", "F", "U18", "45");
		RegistrationSummary aya2 = register(a3, "آية صالح عدّ", "0599870003", "F", "U18", "45");
		RegistrationSummary omar = register(a3, "عمر منصور عدّ", "0599870004", "M", "40+", "45");
		RegistrationSummary noor = register(a1, "نور داود عدّ", "0599870005", null, "18-24", "50");
		RegistrationSummary absent = register(a2, "هبة حسن عدّ", "0599870006", "F", "18-24", "50");
		RegistrationSummary early = register(open, "باسل الشريف عدّ", "0599870007", "M", "18-24", "50");
		in(a1, layla1, 0);
		in(a1, layla1, 1);
		in(a2, layla2, 1);
		in(a3, layla3, 0);
		in(a1, khaled, 0);
		in(a1, khaled, 0);
		in(a2, aya, 0);
		in(a3, aya2, 1);
		in(a3, omar, 0);
		in(a1, noor, 1);
		in(open, early, 0);
		held(a1);
		held(a2);
		held(a3);
		assertThat(absent.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		sameAsScan("after check-ins");
		Figures first = figures.figures(FigureFilter.all(), admin);

		registrations.cancel(absent.token());
		sameAsScan("after a cancellation");

		registrations.undoCheckIn(a1.id(), a1.sessions().get(0).id(), khaled.id(), admin);
		sameAsScan("after khaled's check-in undone");
		assertThat(figures.figures(FigureFilter.all(), admin).people().count()).isEqualTo(first.people().count() - 1);

		registrations.correct(a1.id(), noor.id(), "F", "25-29", "45", admin);
		registrations.correct(a2.id(), layla2.id(), "F", "18-24", "50", admin);
		sameAsScan("after noor's and layla's details corrected");

		long keep = person(omar);
		long merged = person(aya);
		MergeSummary merge = network.merge(new PersonId(keep), new PersonId(merged), admin);
		keeper.merged(keep, merged, false);
		sameAsScan("after aya merged into omar");
		Figures afterMerge = figures.figures(FigureFilter.all(), admin);
		assertThat(afterMerge.people().count()).isEqualTo(first.people().count() - 2);

		network.undoMerge(merge.id(), admin);
		keeper.merged(keep, merged, true);
		sameAsScan("after the merge undone");

		network.merge(new PersonId(keep), new PersonId(merged), admin);
		keeper.merged(keep, merged, false);
		List<Figures> kept = filters.stream().map(f -> figures.figures(f, admin)).toList();
		keeper.rebuild(network.mergedRecords());
		assertThat(filters.stream().map(f -> figures.figures(f, admin)).toList()).isEqualTo(kept);
		sameAsScan("after counting everything again");
	}

	void sameAsScan(String when) {
		for (FigureFilter f : filters) {
			assertThat(shape(figures.figures(f, admin))).as(when + " " + f).isEqualTo(scan(f));
		}
	}

	static Map<String, Object> shape(Figures f) {
		Map<String, Object> out = new TreeMap<>();
		out.put("registrations", f.registrations());
		out.put("attendees", f.attendees());
		out.put("people", f.people().count());
		out.put("sex", counts(f.bySex()));
		out.put("age", counts(f.byAgeGroup()));
		out.put("governorate", counts(f.byGovernorate()));
		out.put("target", counts(f.byTargetGroup()));
		return out;
	}

	static Map<String, Long> counts(List<Figures.Count> counts) {
		Map<String, Long> out = new TreeMap<>();
		counts.forEach(c -> out.put(c.key(), c.count()));
		return out;
	}

	/**
	 * The figures by a scan of every attended registration: a person is the record they were merged into, and gave
	 * the greatest sex, age group and governorate of all their attended registrations.
	 */
	Map<String, Object> scan(FigureFilter f) {
		Map<Long, Long> merges = network.mergedRecords();
		Map<Long, String[]> gave = new HashMap<>();
		jdbc.sql("select person_id, coalesce(sex, ''), coalesce(age_group, ''), coalesce(governorate_code, '') from "
				+ "activities_registration r where exists (select 1 from activities_attendance t where "
				+ "t.registration_id = r.id)").query(rs -> {
					String[] g = gave.computeIfAbsent(counted(merges, rs.getLong(1)), p -> new String[] { "", "", "" });
					for (int i = 0; i < 3; i++) {
						if (rs.getString(i + 2).compareTo(g[i]) > 0) {
							g[i] = rs.getString(i + 2);
						}
					}
				});
		StringBuilder where = new StringBuilder("x.status in ('HELD', 'REPORTED')");
		List<Object> args = new ArrayList<>();
		if (f.governorateCode() != null) {
			where.append(" and x.governorate_code = ?");
			args.add(f.governorateCode());
		}
		if (f.kind() != null) {
			where.append(" and x.kind = ?");
			args.add(f.kind());
		}
		if (f.campaign() != null) {
			where.append(" and x.campaign_ref = ?");
			args.add(f.campaign());
		}
		if (f.from() != null) {
			where.append(" and exists (select 1 from activities_session s where s.activity_id = x.id and s.starts_at >= ?"
					+ " and s.starts_at < ?)");
			args.add(Timestamp.from(f.from().atStartOfDay(Formats.ZONE).toInstant()));
			args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
		}
		long[] attendees = { 0 };
		Set<Long> people = new java.util.HashSet<>();
		Map<String, Set<Long>> targets = new TreeMap<>();
		jdbc.sql("select r.person_id, coalesce(x.target_group, '') from activities_registration r join "
				+ "activities_activity x on x.id = r.activity_id where " + where + " and exists (select 1 from "
				+ "activities_attendance t where t.registration_id = r.id)").params(args).query(rs -> {
					long p = counted(merges, rs.getLong(1));
					attendees[0]++;
					people.add(p);
					targets.computeIfAbsent(rs.getString(2), t -> new java.util.HashSet<>()).add(p);
				});
		Map<String, Object> out = new TreeMap<>();
		out.put("registrations", jdbc.sql("select count(*) from activities_registration r join activities_activity x on "
				+ "x.id = r.activity_id where " + where + " and r.status <> 'CANCELLED'").params(args).query(Long.class)
			.single());
		out.put("attendees", attendees[0]);
		out.put("people", (long) people.size());
		String[] names = { "sex", "age", "governorate" };
		for (int i = 0; i < 3; i++) {
			Map<String, Long> by = new TreeMap<>();
			for (long p : people) {
				by.merge(gave.get(p)[i], 1L, Long::sum);
			}
			out.put(names[i], by);
		}
		Map<String, Long> byTarget = new TreeMap<>();
		targets.forEach((t, who) -> byTarget.put(t, (long) who.size()));
		out.put("target", byTarget);
		return out;
	}

	static long counted(Map<Long, Long> merges, long person) {
		long id = person;
		while (merges.containsKey(id)) {
			id = merges.get(id);
		}
		return id;
	}
}
