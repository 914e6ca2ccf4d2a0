package ps.rasd.activities;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.RasdApplication;
import ps.rasd.activities.internal.ReachKeeper;
import ps.rasd.network.NetworkManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;

/**
 * Activities figures: check-ins at the door from 8 clients at once (each scan through the facade, 10% scanned
 * twice; latency p50/p95 and scans a second), the donor figures over {@code ATTENDANCES} synthetic attendances of five
 * years (median and p95 of 20, all and one governorate), and a batch of {@code CERTIFICATES} certificates (PDF and
 * mail queued each). H2 in memory unless {@code RASD_DB_URL} (with {@code RASD_DB_USER}, {@code RASD_DB_PASSWORD}).
 */
public final class ActivitiesBench {

	public static void main(String[] args) throws Exception {
		int attendances = env("ATTENDANCES", 200_000);
		int certificatesWanted = env("CERTIFICATES", 500);
		int scans = env("SCANS", 4_000);
		List<String> props = new ArrayList<>(List.of("--rasd.demo=false", "--logging.level.root=WARN"));
		if (System.getenv("RASD_DB_URL") == null) {
			props.add("--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RasdApplication.class)
			.web(WebApplicationType.NONE).profiles("test").run(props.toArray(String[]::new))) {
			ActivitiesManagement activities = context.getBean(ActivitiesManagement.class);
			ActivityFigures figures = context.getBean(ActivityFigures.class);
			Certificates certificates = context.getBean(Certificates.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			RasdPrincipal admin = new SystemPrincipal();
			checkIns(activities, jdbc, admin, scans);
			donorFigures(figures, jdbc, attendances, context.getBean(ReachKeeper.class),
					context.getBean(NetworkManagement.class));
			certificates(activities, certificates, jdbc, admin, certificatesWanted);
		}
	}

	private static long activity(ActivitiesManagement activities, RasdPrincipal admin, int sessions, Instant start) {
		ActivitySummary a = activities.create(ActivityDetails.of("TRAINING", "دورة قياس", "50", 10_000), admin);
		for (int s = 0; s < sessions; s++) {
			Instant day = start.plus(s, ChronoUnit.DAYS);
			activities.addSession(a.id(), day, day.plus(3, ChronoUnit.HOURS), admin);
		}
		return a.id();
	}

	private static List<String> registrations(JdbcTemplate jdbc, long activity, int count, int personFrom) {
		List<Object[]> rows = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < count; i++) {
			String code = String.format("B%07d", personFrom + i).replace('0', 'Q').replace('1', 'R');
			codes.add(code);
			rows.add(new Object[] { activity, (long) personFrom + i, "مشارك " + i, null, null, i % 2 == 0 ? "F" : "M",
					i % 3 == 0 ? "18-24" : "25-29", "50", null, "CONFIRMED", code, "t" + activity + "-" + i, false, "ar",
					now, now });
		}
		jdbc.batchUpdate("insert into activities_registration (activity_id, person_id, name, phone, email, sex, age_group, "
				+ "governorate_code, university, status, code, token, walk_in, language, created_at, changed_at) values "
				+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return codes;
	}

	private static void checkIns(ActivitiesManagement activities, JdbcTemplate jdbc, RasdPrincipal admin, int scans)
			throws Exception {
		long id = activity(activities, admin, 1, Instant.now());
		long session = activities.activity(id, admin).sessions().get(0).id();
		List<String> codes = registrations(jdbc, id, scans, 1_000_000);
		List<String> queue = new ArrayList<>(codes);
		queue.addAll(codes.subList(0, scans / 10));
		Collections.shuffle(queue, new Random(7));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<long[]>> done = new ArrayList<>();
		long t0 = System.nanoTime();
		for (int c = 0; c < 8; c++) {
			List<String> mine = queue.subList(c * queue.size() / 8, (c + 1) * queue.size() / 8);
			done.add(pool.submit(() -> {
				long[] took = new long[mine.size()];
				for (int i = 0; i < mine.size(); i++) {
					long s = System.nanoTime();
					activities.checkIn(id, session, mine.get(i), admin);
					took[i] = System.nanoTime() - s;
				}
				return took;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> f : done) {
			for (long t : f.get()) {
				all.add(t);
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		Collections.sort(all);
		long counted = jdbc.queryForObject("select count(*) from activities_attendance where session_id = ?", Long.class,
				session);
		System.out.printf("check-ins: %d scans (%d repeated) from 8 clients in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, "
				+ "max %.1f ms; attendances counted %d (expected %d)%n", queue.size(), scans / 10, seconds,
				queue.size() / seconds, ms(all, 0.5), ms(all, 0.95), all.get(all.size() - 1) / 1e6, counted, scans);
	}

	private static void donorFigures(ActivityFigures figures, JdbcTemplate jdbc, int attendances, ReachKeeper keeper,
			NetworkManagement network) {
		Random random = new Random(11);
		String[] governorates = { "50", "45", "40", "35", "30", "25", "55", "60", "65", "70", "75", "80", "85", "90", "95",
				"10" };
		int perActivity = 40;
		int activitiesCount = attendances / perActivity;
		Instant fiveYears = Instant.now().minus(5 * 365, ChronoUnit.DAYS);
		long t0 = System.nanoTime();
		for (int a = 0; a < activitiesCount; a++) {
			String gov = governorates[random.nextInt(governorates.length)];
			Instant day = fiveYears.plus(random.nextInt(5 * 365), ChronoUnit.DAYS);
			Timestamp at = Timestamp.from(day);
			jdbc.update("insert into activities_activity (kind, title_ar, status, governorate_code, capacity, "
					+ "attendance_rule, target_group, demo, created_at, updated_at, version) values (?, ?, 'HELD', ?, 50, "
					+ "100, ?, false, ?, ?, 0)", a % 2 == 0 ? "WORKSHOP" : "TRAINING", "نشاط " + a, gov,
					"فئة " + (a % 4), at, at);
			long activity = jdbc.queryForObject("select max(id) from activities_activity", Long.class);
			jdbc.update("insert into activities_session (activity_id, starts_at, ends_at) values (?, ?, ?)", activity, at,
					Timestamp.from(day.plus(3, ChronoUnit.HOURS)));
			long session = jdbc.queryForObject("select max(id) from activities_session", Long.class);
			List<Object[]> rows = new ArrayList<>();
			java.util.Set<Long> people = new java.util.HashSet<>();
			for (int i = 0; i < perActivity; i++) {
				long person = 2_000_000 + random.nextInt(attendances / 3);
				if (!people.add(person)) {
					// one registration a person and activity (a unique constraint): draw again
					i--;
					continue;
				}
				rows.add(new Object[] { activity, person, "شخص", person % 2 == 0 ? "F" : "M",
						ActivityFigures.AGE_GROUPS.get((int) (person % 5)), gov, "CONFIRMED",
						"F" + a + "X" + i, "f" + a + "-" + i, "ar", at, at });
			}
			jdbc.batchUpdate("insert into activities_registration (activity_id, person_id, name, sex, age_group, "
					+ "governorate_code, status, code, token, walk_in, language, created_at, changed_at) values "
					+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)", rows);
			jdbc.update("insert into activities_attendance (session_id, registration_id, checked_at) select ?, id, ? from "
					+ "activities_registration where activity_id = ?", session, at, activity);
		}
		System.out.printf("donor data: %d activities, %d attendances written in %.1f s%n", activitiesCount,
				activitiesCount * perActivity, (System.nanoTime() - t0) / 1e9);
		// written around the application (as a restore would): counted again as the command activities-reach-rebuild does
		ReachKeeper.Rebuilt rebuilt = keeper.rebuild(network.mergedRecords());
		System.out.printf("people reached counted again: %d activities, %d people, %d attendances in %d ms%n",
				rebuilt.activities(), rebuilt.people(), rebuilt.attendances(), rebuilt.millis());
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (String gov : new String[] { null, "50" }) {
			List<Long> took = new ArrayList<>();
			List<Long> cpu = new ArrayList<>();
			Figures f = null;
			for (int run = 0; run < 22; run++) {
				long s = System.nanoTime();
				long c = threads.getCurrentThreadCpuTime();
				// a period ending on a different day each run: the same figures, but H2 cannot answer from its cache
				f = figures.publicFigures(new FigureFilter(null, java.time.LocalDate.now().plusDays(run + 1), gov, null,
						null));
				if (run >= 2) {
					took.add(System.nanoTime() - s);
					cpu.add(threads.getCurrentThreadCpuTime() - c);
				}
			}
			Collections.sort(took);
			Collections.sort(cpu);
			System.out.printf("donor figures (%s): unique people %d, median %.0f ms, p95 %.0f ms; CPU of the calling "
					+ "thread median %.0f ms%n", gov == null ? "all governorates" : "governorate " + gov,
					f.people().count(), ms(took, 0.5), ms(took, 0.95), ms(cpu, 0.5));
		}
	}

	private static void certificates(ActivitiesManagement activities, Certificates certificates, JdbcTemplate jdbc,
			RasdPrincipal admin, int count) {
		long id = activity(activities, admin, 1, Instant.now().minus(2, ChronoUnit.DAYS));
		ActivitySummary a = activities.activity(id, admin);
		List<String> codes = registrations(jdbc, id, count, 3_000_000);
		jdbc.update("insert into activities_attendance (session_id, registration_id, checked_at) select ?, id, ? from "
				+ "activities_registration where activity_id = ?", a.sessions().get(0).id(), Timestamp.from(Instant.now()), id);
		a = activities.move(id, a.version(), ActivityStatus.HELD, admin);
		long t0 = System.nanoTime();
		int issued = certificates.issue(id, admin);
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("certificates: %d issued (PDF rendered each) in %.1f s = %.0f ms each (%d codes)%n", issued,
				seconds, seconds * 1000 / Math.max(issued, 1), codes.size());
	}

	private static double ms(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
	}

	private static int env(String name, int fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
	}
}
