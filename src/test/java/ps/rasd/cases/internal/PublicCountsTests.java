package ps.rasd.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.search.SearchFixtures;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.PublicStatistics.Figure;
import ps.rasd.shared.spi.PublicStatistics.Filter;

/**
 * The public figures read from the counts kept as cases change are the figures counted from every case: on the same
 * cases, for every filter (and the map's grid of cases), before the queue is applied (the read adds it) and after; when cases change; and for a case
 * filed and published through the application. {@link PostgresPublicCountsTests} runs it again on PostgreSQL.
 */
// the test applies the queue itself, at the moments it compares (the background writer would race its reads on H2)
@SpringBootTest(properties = { "rasd.test.context=public-counts", "rasd.cases.public-counts-first-delay=PT1H",
		"rasd.cases.public-counts-delay=PT1H" })
@ActiveProfiles("test")
class PublicCountsTests {

	private static final String[] STATUSES = { "SUBMITTED", "REFERRED", "RESOLVED", "CONFIRMED_FIXED", "REJECTED" };

	@Autowired
	CasePublicStatistics statistics;

	@Autowired
	PublicCounts counts;

	@Autowired
	CaseIntake intake;

	@Autowired
	CasePublication publication;

	@Autowired
	JdbcTemplate jdbc;

	private final Random random = new Random(20);

	@Test
	void theKeptCountsAreTheCountsOfEveryCase() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			ids.add(kase(i));
		}
		assertSameFigures("queued, not applied yet");
		counts.apply();
		assertSameFigures("applied");

		// changes: a state moves on (with a reply, or alone), a case is withdrawn from the public, an embargo is set, a
		// title taken away
		for (int i = 0; i < ids.size(); i += 3) {
			long id = ids.get(i);
			switch (i % 5) {
				case 4 -> jdbc.update("update cases_case set status = 'CONFIRMED_FIXED' where id = ?", id);
				case 0 -> jdbc.update("update cases_case set status = 'RESOLVED', authority_id = 7, referred_at = created_at, "
						+ "first_reply_at = ?, latitude = latitude + 0.2 where id = ?", OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), id);
				case 1 -> jdbc.update("update cases_case set tier = 'INTERNAL' where id = ?", id);
				case 2 -> jdbc.update("update cases_case set embargo_until = ? where id = ?", LocalDate.of(2999, 1, 1), id);
				default -> jdbc.update("update cases_case set public_title = null where id = ?", id);
			}
			queue(id);
		}
		assertSameFigures("changed, queued");
		counts.apply();
		assertSameFigures("changed, applied");

		var filed = SearchFixtures.kase(intake, publication, "انقطاع المياه عن الحي", "لا ماء منذ أسبوع", "50",
				"WATER", Tier.PUBLIC, "سلمى");
		assertThat(filed.reference()).isNotBlank();
		assertSameFigures("filed and published through the application");
		counts.apply();
		assertSameFigures("filed and published, applied");
		assertThat(jdbc.queryForObject("select count(*) from cases_count_queue", Long.class)).isZero();
	}

	@Test
	void countsSpoiledByHandAreCountedAgainByTheRebuild() {
		for (int i = 0; i < 40; i++) {
			kase(i);
		}
		counts.apply();
		jdbc.update("update cases_public_count set cases = cases + 5");
		jdbc.update("delete from cases_reply_count");
		jdbc.update("update cases_reply_month_count set cases = cases + 2");
		PublicCounts.Rebuilt rebuilt = counts.rebuild();
		assertThat(rebuilt.cases()).isEqualTo(jdbc.queryForObject(
				"select count(*) from cases_case where tier = 'PUBLIC' and public_title is not null", Integer.class));
		assertSameFigures("rebuilt");
	}

	private void assertSameFigures(String when) {
		List<Filter> filters = new ArrayList<>(List.of(Filter.all(), new Filter("50", null, null, null, null),
				new Filter(null, "HEALTH", null, null, null), new Filter(null, null, 7L, null, null),
				new Filter("45", "WATER", null, YearMonth.of(2020, 3), YearMonth.of(2021, 2)),
				new Filter(null, null, null, YearMonth.of(2021, 1), null),
				new Filter(null, null, null, null, YearMonth.of(2020, 6))));
		for (Filter filter : filters) {
			assertThat(counts.cells(filter)).as(when + " " + filter)
				.containsExactlyInAnyOrderElementsOf(statistics.scannedCells(filter));
			assertThat(statistics.points(filter, 0.05)).as(when + " map " + filter)
				.containsExactlyInAnyOrderElementsOf(statistics.scannedPoints(filter, 0.05));
			Figure scanned = statistics.scannedMedian(filter);
			Figure kept = statistics.median(filter);
			assertThat(kept.reports()).as(when + " replies " + filter).isEqualTo(scanned.reports());
			if (scanned.value() == null) {
				assertThat(kept.value()).as(when + " median " + filter).isNull();
			}
			else {
				// within the width of the buckets the two middle replies fall in: a quarter day under 30 days, a day
				// beyond (the mean of one of each: 0.625)
				double tolerance = scanned.value() < 29.75 ? 0.625 : 1.0;
				assertThat(kept.value()).as(when + " median " + filter).isCloseTo(scanned.value(), within(tolerance));
			}
		}
	}

	/** A case written straight into the table and queued, as the application queues the cases it changes. */
	private long kase(int n) {
		String governorate = new String[] { "50", "45", "75" }[random.nextInt(3)];
		String sector = new String[] { "HEALTH", "WATER" }[random.nextInt(2)];
		String status = STATUSES[random.nextInt(STATUSES.length)];
		String tier = random.nextInt(6) == 0 ? "INTERNAL" : "PUBLIC";
		String title = random.nextInt(8) == 0 ? null : "عنوان";
		LocalDate embargo = switch (random.nextInt(8)) {
			case 0 -> LocalDate.of(2999, 1, 1);
			case 1 -> LocalDate.of(2020, 1, 1);
			default -> null;
		};
		Long authority = random.nextBoolean() ? null : (long) (7 + random.nextInt(2));
		// around the turn of months in Palestine: the last hours of a month in UTC are the next month in Hebron
		OffsetDateTime at = OffsetDateTime.of(2020, 1 + random.nextInt(12), 1, 0, 0, 0, 0, ZoneOffset.UTC)
			.plusYears(random.nextInt(2)).minusHours(random.nextInt(6));
		String reference = "CNT" + (System.nanoTime() % 1_000_000_000L) + "-" + n;
		// referred some hours after filing; answered within hours, days or (rarely) more than a year, or not yet
		OffsetDateTime referred = random.nextInt(5) == 0 ? null : at.plusMinutes(random.nextInt(3000));
		OffsetDateTime replied = referred == null || random.nextInt(4) == 0 ? null : referred.plusMinutes(switch (random
			.nextInt(10)) {
			case 0 -> random.nextInt(600);
			case 1 -> 60 * 24 * (40 + random.nextInt(400));
			default -> random.nextInt(60 * 24 * 25);
		});
		// somewhere in the West Bank, or nowhere (a case without a position)
		Double latitude = random.nextInt(10) == 0 ? null : 31.3 + random.nextDouble() * 0.9;
		Double longitude = latitude == null ? null : 34.9 + random.nextDouble() * 0.6;
		jdbc.update("insert into cases_case (reference, title, description, governorate_code, sector_code, status, "
				+ "source, tier, search_key, created_at, updated_at, version, public_title, embargo_until, authority_id, "
				+ "referred_at, first_reply_at, latitude, longitude) "
				+ "values (?, 'x', 'x', ?, ?, ?, 'STAFF', ?, 'x', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
				reference, governorate, sector, status, tier, at, at, title, embargo, authority, referred, replied,
				latitude, longitude);
		long id = jdbc.queryForObject("select id from cases_case where reference = ?", Long.class, reference);
		queue(id);
		return id;
	}

	private void queue(long id) {
		jdbc.update("insert into cases_count_queue (case_id) values (?)", id);
	}
}
