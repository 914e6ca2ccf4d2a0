package ps.rasd.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.support.CronExpression;

import ps.rasd.shared.ClusterProperties;
import ps.rasd.support.PostgresDatabase;

/**
 * A periodic job runs once a slot, on H2 and on PostgreSQL: not twice, not skipped, and again after a failed run; a job
 * on a calendar runs its latest firing once.
 */
class JobRunsTests {

	private static final Duration HOUR = Duration.ofHours(1);

	private JdbcTemplate jdbc;

	private JobRuns runs(String database) throws Exception {
		DataSource dataSource = "h2".equals(database)
				? new DriverManagerDataSource("jdbc:h2:mem:job-runs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa",
						"")
				: new DriverManagerDataSource(PostgresDatabase.newDatabaseUrl(), PostgresDatabase.user(),
						PostgresDatabase.password());
		jdbc = new JdbcTemplate(dataSource);
		jdbc.execute(Files.readString(
				Path.of("src/main/resources/db/migration/V202612110300__platform_create_job_runs.sql")));
		return new JobRuns(dataSource, new DataSourceTransactionManager(dataSource),
				new ClusterProperties(2, "jdbc", "node-a"));
	}

	private List<Instant> slots() {
		return jdbc.queryForList("select slot_start from platform_job_run where job = 'test' order by slot_start",
				OffsetDateTime.class).stream().map(OffsetDateTime::toInstant).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void aSlotRunsOnceAndAFailedRunIsRunAgain(String database) throws Exception {
		JobRuns runs = runs(database);
		AtomicInteger ran = new AtomicInteger();
		assertThatThrownBy(() -> runs.runDue("test", HOUR, () -> {
			ran.incrementAndGet();
			throw new IllegalStateException("killed mid-run");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(slots()).as("a failed run leaves no row").isEmpty();

		assertThat(runs.runDue("test", HOUR, ran::incrementAndGet)).isTrue();
		assertThat(runs.runDue("test", HOUR, ran::incrementAndGet)).as("the slot has run").isFalse();
		assertThat(ran).hasValue(2);
		assertThat(slots()).hasSize(1);
		assertThat(jdbc.queryForObject("select node from platform_job_run", String.class)).isEqualTo("node-a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void missedSlotsAreRunOneALookOldestFirst(String database) throws Exception {
		JobRuns runs = runs(database);
		assertThat(runs.runDue("test", HOUR, () -> { })).isTrue();
		Instant current = slots().get(0);
		jdbc.update("delete from platform_job_run");
		jdbc.update("insert into platform_job_run (job, slot_start, node, ran_at) values ('test', ?, 'gone', ?)",
				current.minus(HOUR.multipliedBy(3)).atOffset(ZoneOffset.UTC), current.atOffset(ZoneOffset.UTC));
		AtomicInteger ran = new AtomicInteger();
		while (runs.runDue("test", HOUR, ran::incrementAndGet)) {
			assertThat(ran.get()).isLessThanOrEqualTo(3);
		}
		assertThat(ran).hasValue(3);
		assertThat(slots()).containsExactly(current.minus(HOUR.multipliedBy(3)), current.minus(HOUR.multipliedBy(2)),
				current.minus(HOUR), current);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres" })
	void aJobOnACalendarRunsItsLatestFiringOnceAndAgainAfterAKilledRun(String database) throws Exception {
		JobRuns runs = runs(database);
		// every minute, so that a firing is always less than a day old
		CronExpression cron = CronExpression.parse("0 * * * * *");
		ZoneId hebron = ZoneId.of("Asia/Hebron");
		AtomicInteger ran = new AtomicInteger();
		assertThatThrownBy(() -> runs.runDue("test", cron, hebron, Duration.ofDays(1), () -> {
			ran.incrementAndGet();
			throw new IllegalStateException("killed mid-run");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(slots()).as("a killed run leaves its firing to the next look").isEmpty();

		boolean first = runs.runDue("test", cron, hebron, Duration.ofDays(1), ran::incrementAndGet);
		boolean again = runs.runDue("test", cron, hebron, Duration.ofDays(1), ran::incrementAndGet);
		assertThat(first).isTrue();
		// a new minute may have begun between the two looks: then its firing ran too, once
		assertThat(ran.get()).isEqualTo(again ? 3 : 2);
		assertThat(slots()).hasSize(again ? 2 : 1).allMatch(slot -> slot.getEpochSecond() % 60 == 0);
		assertThat(runs.runDue("test", CronExpression.parse("0 0 0 1 1 *"), hebron, Duration.ofMinutes(1),
				ran::incrementAndGet))
			.as("a firing older than the job may be late (the new year, unless it is now) is not run")
			.isFalse();
	}

	@Test
	void theLatestFiringOfADailyJobIsTheMorningOfTodayOrYesterdayInItsZone() {
		CronExpression sevenInTheMorning = CronExpression.parse("0 0 7 * * *");
		ZoneId hebron = ZoneId.of("Asia/Hebron");
		Instant winterNoon = Instant.parse("2026-12-07T10:00:00Z");
		assertThat(JobRuns.latestFiring(sevenInTheMorning, hebron, winterNoon))
			.isEqualTo(Instant.parse("2026-12-07T05:00:00Z"));
		assertThat(JobRuns.latestFiring(sevenInTheMorning, hebron, Instant.parse("2026-12-07T04:59:59Z")))
			.isEqualTo(Instant.parse("2026-12-06T05:00:00Z"));
		assertThat(JobRuns.latestFiring(CronExpression.parse("0 0 0 29 2 *"), hebron, winterNoon))
			.as("none in the last year").isNull();
	}
}
