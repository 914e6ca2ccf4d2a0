package ps.rasd.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.AuthorityScorecard;
import ps.rasd.cases.AuthorityScorecards;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.search.SearchFixtures;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/**
 * The authority scorecards read from the counts kept as cases change are the scorecards tallied from every referral
 * (as they were before the counts): per unit, per list of units and per governorate and sector, before the queue is
 * applied (the read adds it) and after; after replies, state changes, referrals moved or withdrawn and unpublishing;
 * for a case filed, referred and answered through the application; and after a rebuild of spoiled counts.
 * {@link PostgresScorecardCountsTests} runs it again on PostgreSQL.
 */
// the test applies the queue itself, at the moments it compares (the background writer would race its reads on H2)
@SpringBootTest(properties = { "rasd.test.context=scorecard-counts", "rasd.cases.public-counts-first-delay=PT1H",
		"rasd.cases.public-counts-delay=PT1H" })
@ActiveProfiles("test")
class ScorecardCountsTests {

	private static final String[] STATUSES = { "REFERRED", "ESCALATED", "ACKNOWLEDGED", "RESOLVED", "CONFIRMED_FIXED",
			"CLOSED_UNRESOLVED" };

	private static final long[] UNITS = { 901, 902, 903 };

	@Autowired
	AuthorityScorecards scorecards;

	@Autowired
	PublicCounts counts;

	@Autowired
	CaseFileRepository cases;

	@Autowired
	CaseIntake intake;

	@Autowired
	CasePublication publication;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	RegistryManagement registry;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	private final Random random = new Random(21);

	@Test
	void theKeptScorecardsAreTheScorecardsTalliedFromEveryReferral() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			ids.add(kase(i));
		}
		assertSameScorecards("queued, not applied yet");
		counts.apply();
		assertSameScorecards("applied");
		// the cases give every figure something to count
		assertThat(scorecards.scorecards(List.of(UNITS[0], UNITS[1], UNITS[2])).values()).allSatisfy(card -> {
			assertThat(card.overdue()).isPositive();
			assertThat(card.confirmedFixed()).isPositive();
			assertThat(card.medianDaysToReply()).isNotNull();
		});

		Instant now = clock.instant();
		for (int i = 0; i < ids.size(); i += 3) {
			long id = ids.get(i);
			switch (i % 5) {
				case 0 -> jdbc.update("update cases_case set status = 'RESOLVED', first_reply_at = ?, due_at = null "
						+ "where id = ? and referred_at is not null", at(now.minusSeconds(3600)), id);
				case 1 -> jdbc.update("update cases_case set status = 'CONFIRMED_FIXED' where id = ?", id);
				case 2 -> jdbc.update("update cases_case set tier = 'INTERNAL', public_title = null where id = ?", id);
				case 3 -> jdbc.update("update cases_case set authority_id = ?, status = 'ESCALATED', first_reply_at = null, "
						+ "referred_at = ?, due_at = ? where id = ?", UNITS[2], at(now.minusSeconds(86400)),
						at(now.minusSeconds(60)), id);
				default -> jdbc.update("update cases_case set authority_id = null, referred_at = null, status = 'VERIFIED' "
						+ "where id = ?", id);
			}
			queue(id);
		}
		assertSameScorecards("changed, queued");
		counts.apply();
		assertSameScorecards("changed, applied");

		long unit = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية المياه", "Water Directorate"), "50", "WATER", "water@example.org", null, null,
				10), Principals.admin()).id();
		RasdPrincipal coordinator = Principals.coordinator("50");
		CaseSummary filed = SearchFixtures.kase(intake, publication, "انقطاع المياه عن الحي", "لا ماء منذ أسبوع", "50",
				"WATER", Tier.PUBLIC, "سلمى");
		CaseSummary verified = workflow.act(filed.reference(), CaseAction.VERIFY, filed.version(),
				ActionInput.notes(null, null), coordinator);
		CaseSummary referred = workflow.act(filed.reference(), CaseAction.REFER, verified.version(),
				new ActionInput(unit, null, null, null, null, null, null), coordinator);
		assertThat(referred.status()).isEqualTo(CaseStatus.REFERRED);
		assertSameScorecards("referred through the application");
		assertThat(scorecards.scorecard(unit)).isEqualTo(new AuthorityScorecard(1, 0, null, 0, 0, true));
		workflow.act(filed.reference(), CaseAction.REPLY_RESOLVED, referred.version(), ActionInput.notes("أصلحنا", null),
				coordinator);
		assertSameScorecards("answered through the application");
		assertThat(scorecards.scorecard(unit).replied()).isEqualTo(1);
		counts.apply();
		assertSameScorecards("answered, applied");
		assertThat(jdbc.queryForObject("select count(*) from cases_count_queue", Long.class)).isZero();
	}

	@Test
	void scorecardsSpoiledByHandAreCountedAgainByTheRebuild() {
		for (int i = 0; i < 40; i++) {
			kase(i);
		}
		counts.apply();
		jdbc.update("update cases_scorecard_count set cases = cases + 3");
		jdbc.update("delete from cases_scorecard_fact where case_id in (select case_id from cases_scorecard_fact "
				+ "where reply_bucket >= 0)");
		PublicCounts.Rebuilt rebuilt = counts.rebuild();
		assertThat(rebuilt.scorecardRows()).isPositive();
		assertSameScorecards("rebuilt");
	}

	private void assertSameScorecards(String when) {
		List<Long> units = jdbc.queryForList("select distinct authority_id from cases_case where authority_id is not null",
				Long.class);
		units.add(999_999L);
		Map<Long, AuthorityScorecard> listed = scorecards.scorecards(units);
		Map<Long, AuthorityScorecard> tallied = tally(cases.referralsOfUnits(units));
		for (long unit : units) {
			AuthorityScorecard expected = tallied.getOrDefault(unit, new AuthorityScorecard(0, 0, null, 0, 0, true));
			assertSame(when + " unit " + unit, listed.get(unit), expected);
			assertSame(when + " one unit " + unit, scorecards.scorecard(unit), expected);
		}
		String[][] areas = { { "50", null }, { "45", null }, { null, "WATER" }, { "75", "HEALTH" }, { null, null } };
		for (String[] area : areas) {
			Map<Long, AuthorityScorecard> kept = scorecards.scorecardsIn(area[0], area[1], 100);
			Map<Long, AuthorityScorecard> all = tally(cases.referralsIn(area[0], area[1]));
			assertThat(kept.keySet()).as(when + " units in " + area[0] + "/" + area[1])
				.containsExactlyInAnyOrderElementsOf(all.keySet());
			kept.forEach((unit, card) -> assertSame(when + " " + area[0] + "/" + area[1] + " unit " + unit, card,
					all.get(unit)));
		}
	}

	private static void assertSame(String what, AuthorityScorecard kept, AuthorityScorecard tallied) {
		assertThat(kept).as(what).usingRecursiveComparison().ignoringFields("medianDaysToReply").isEqualTo(tallied);
		if (tallied.medianDaysToReply() == null) {
			assertThat(kept.medianDaysToReply()).as(what + " median").isNull();
		}
		else {
			// within the width of the buckets the two middle replies fall in (see PublicCountsTests), and the minute
			// the tally drops
			double tolerance = tallied.medianDaysToReply() < 29.75 ? 0.63 : 1.01;
			assertThat(kept.medianDaysToReply()).as(what + " median").isCloseTo(tallied.medianDaysToReply(),
					within(tolerance));
		}
	}

	/** The tally of every referral, as the scorecards counted before the counts were kept. */
	private Map<Long, AuthorityScorecard> tally(List<Object[]> referrals) {
		Map<Long, AuthorityScorecard.Tally> tallies = new HashMap<>();
		Instant now = clock.instant();
		for (Object[] row : referrals) {
			tallies.computeIfAbsent((Long) row[0], k -> new AuthorityScorecard.Tally(now))
				.add((Instant) row[1], (Instant) row[2], (CaseStatus) row[3], (Instant) row[4]);
		}
		Map<Long, AuthorityScorecard> cards = new HashMap<>();
		tallies.forEach((unit, tally) -> cards.put(unit, tally.result()));
		return cards;
	}

	/** A case written straight into the table and queued, as the application queues the cases it changes. */
	private long kase(int n) {
		Instant now = clock.instant();
		String governorate = new String[] { "50", "45", "75" }[random.nextInt(3)];
		String sector = new String[] { "HEALTH", "WATER" }[random.nextInt(2)];
		String status = STATUSES[random.nextInt(STATUSES.length)];
		String tier = random.nextInt(4) == 0 ? "INTERNAL" : "PUBLIC";
		Long unit = random.nextInt(6) == 0 ? null : UNITS[random.nextInt(UNITS.length)];
		Instant filedAt = now.minusSeconds(86400L * (1 + random.nextInt(500)));
		Instant referred = unit == null || random.nextInt(8) == 0 ? null
				: filedAt.plusSeconds(60L * random.nextInt(3000));
		// answered within hours, days or (rarely) more than a year, or not yet (always before now)
		Instant replied = referred == null || random.nextInt(3) == 0 ? null : referred.plusSeconds(60L * switch (random
			.nextInt(10)) {
			case 0 -> random.nextInt(600);
			case 1 -> 60 * 24 * (40 + random.nextInt(400));
			default -> random.nextInt(60 * 24 * 25);
		});
		if (replied != null && replied.isAfter(now)) {
			replied = now.minusSeconds(60);
		}
		// due long ago, earlier today, later today or in days to come
		Instant due = referred == null || random.nextInt(6) == 0 ? null : switch (random.nextInt(4)) {
			case 0 -> now.minusSeconds(86400L * (1 + random.nextInt(60)));
			case 1 -> now.minusSeconds(random.nextInt(3600));
			case 2 -> now.plusSeconds(random.nextInt(3600));
			default -> now.plusSeconds(86400L * (1 + random.nextInt(30)));
		};
		String reference = "SCC" + (System.nanoTime() % 1_000_000_000L) + "-" + n;
		jdbc.update("insert into cases_case (reference, title, description, governorate_code, sector_code, status, "
				+ "source, tier, search_key, created_at, updated_at, version, public_title, authority_id, referred_at, "
				+ "first_reply_at, due_at) values (?, 'x', 'x', ?, ?, ?, 'STAFF', ?, 'x', ?, ?, 0, 'عنوان', ?, ?, ?, ?)",
				reference, governorate, sector, status, tier, at(filedAt), at(filedAt), unit, at(referred), at(replied),
				at(due));
		long id = jdbc.queryForObject("select id from cases_case where reference = ?", Long.class, reference);
		queue(id);
		return id;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private void queue(long id) {
		jdbc.update("insert into cases_count_queue (case_id) values (?)", id);
	}
}
