package ps.rasd.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ps.rasd.cases.AuthorityScorecard;
import ps.rasd.shared.sql.SqlConditions;

/**
 * The authority scorecards kept as cases change, so a scorecard reads a few rows instead of every referral: the cases
 * referred to each unit by governorate, sector, confirmed fixed or not, reply bucket (see {@link ReplyBuckets}) and
 * the day an open unanswered referral falls due. Moved by the writer of the {@link PublicCounts} from the same queue
 * (in its transaction, holding its turn), counted again by its rebuild; a read adds what the queue has not applied
 * yet, so the figures are exact the moment a change commits (the median within a bucket's width).
 */
@Component
public class ScorecardCounts {

	private static final String KEY = "authority_id, governorate_code, sector_code, fixed, reply_bucket, due_day";

	private static final String FACT = KEY + ", reply_days, due_at";

	/** A referred case's key, days to first reply and due time, read from {@code cases_case}. */
	private static final String CASE_FACT = "authority_id, governorate_code, sector_code, "
			+ "case when status = 'CONFIRMED_FIXED' then 1 else 0 end as fixed, coalesce(" + ReplyBuckets.SQL
			+ ", -1) as reply_bucket, case when first_reply_at is null and due_at is not null and status in "
			+ "('REFERRED', 'ESCALATED') then cast((due_at at time zone 'UTC') as date) else date '1900-01-01' end "
			+ "as due_day, " + ReplyBuckets.DAYS_SQL + " as reply_days, due_at";

	private static final String REFERRED = "authority_id is not null and referred_at is not null";

	private static final String QUEUED = "(select case_id from cases_count_queue)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ScorecardCounts(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Moves one case from the key it is counted under to its key now (either may be none): in the writer's turn. */
	void move(long caseId) {
		List<Object[]> before = jdbc.query("select " + FACT + " from cases_scorecard_fact where case_id = ?",
				(rs, n) -> row(rs), caseId);
		List<Object[]> now = jdbc.query("select " + CASE_FACT + " from cases_case where id = ? and " + REFERRED,
				(rs, n) -> row(rs), caseId);
		Object[] was = before.isEmpty() ? null : before.get(0);
		Object[] is = now.isEmpty() ? null : now.get(0);
		if (Arrays.equals(was, is)) {
			return;
		}
		if (was != null) {
			add(was, -1);
			jdbc.update("delete from cases_scorecard_fact where case_id = ?", caseId);
		}
		if (is != null) {
			add(is, 1);
			Object[] fact = new Object[9];
			fact[0] = caseId;
			System.arraycopy(is, 0, fact, 1, 8);
			fact[8] = is[7] == null ? null : OffsetDateTime.ofInstant((Instant) is[7], ZoneOffset.UTC);
			jdbc.update("insert into cases_scorecard_fact (case_id, " + FACT + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					fact);
		}
	}

	private void add(Object[] fact, int delta) {
		double days = fact[6] == null ? 0 : delta * (Double) fact[6];
		Object[] args = new Object[8];
		args[0] = delta;
		args[1] = days;
		System.arraycopy(fact, 0, args, 2, 6);
		if (jdbc.update("update cases_scorecard_count set cases = cases + ?, days_sum = days_sum + ? where "
				+ String.join(" = ? and ", KEY.split(", ")) + " = ?", args) == 0) {
			Object[] insert = Arrays.copyOf(fact, 8);
			insert[6] = delta;
			insert[7] = days;
			jdbc.update("insert into cases_scorecard_count (" + KEY + ", cases, days_sum) values (?, ?, ?, ?, ?, ?, ?, ?)",
					insert);
		}
	}

	private static Object[] row(ResultSet rs) throws SQLException {
		double days = rs.getDouble(7);
		Double replyDays = rs.wasNull() ? null : days;
		OffsetDateTime due = rs.getObject(8, OffsetDateTime.class);
		return new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
				rs.getObject(6, LocalDate.class), replyDays, due == null ? null : due.toInstant() };
	}

	/** Counts every referred case again (in the rebuild's transaction, holding the writers' turn); the rows made. */
	int rebuild() {
		jdbc.update("delete from cases_scorecard_fact");
		jdbc.update("delete from cases_scorecard_count");
		jdbc.update("insert into cases_scorecard_fact (case_id, " + FACT + ") select id, " + CASE_FACT
				+ " from cases_case where " + REFERRED);
		return jdbc.update("insert into cases_scorecard_count (" + KEY + ", cases, days_sum) select " + KEY
				+ ", count(*), coalesce(sum(reply_days), 0) from cases_scorecard_fact group by " + KEY);
	}

	/** The scorecards of these units (a unit without referrals has none in the map). */
	public Map<Long, AuthorityScorecard> of(Collection<Long> authorityIds) {
		return read(new SqlConditions().in("authority_id", authorityIds));
	}

	/** The scorecards of the units with referrals in a governorate or a sector (either may be {@code null}: any). */
	public Map<Long, AuthorityScorecard> in(String governorateCode, String sectorCode) {
		SqlConditions where = new SqlConditions();
		if (governorateCode != null) {
			where.and("governorate_code = ?", governorateCode);
		}
		if (sectorCode != null) {
			where.and("sector_code = ?", sectorCode);
		}
		return read(where);
	}

	private Map<Long, AuthorityScorecard> read(SqlConditions where) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		String rows = "select " + KEY + ", cases as n, days_sum as d from cases_scorecard_count"
				+ " union all select " + KEY + ", -1 as n, -coalesce(reply_days, 0) as d from cases_scorecard_fact"
				+ " where case_id in " + QUEUED
				+ " union all select " + KEY + ", 1 as n, coalesce(reply_days, 0) as d from (select " + CASE_FACT
				+ " from cases_case where id in " + QUEUED + " and " + REFERRED + ") q";
		Map<Long, Tally> tallies = new HashMap<>();
		List<Object> args = new ArrayList<>();
		args.add(today);
		args.addAll(where.arguments());
		jdbc.query("select authority_id, reply_bucket, sum(n), sum(d), sum(case when fixed = 1 then n else 0 end), "
				+ "sum(case when due_day > date '1900-01-01' and due_day < ? then n else 0 end) from (" + rows
				+ ") counted where " + where.sql() + " group by authority_id, reply_bucket having sum(n) <> 0", rs -> {
					Tally t = tallies.computeIfAbsent(rs.getLong(1), k -> new Tally());
					long n = rs.getLong(3);
					t.referred += n;
					t.fixed += rs.getLong(5);
					t.overdue += rs.getLong(6);
					if (rs.getInt(2) >= 0) {
						t.replied += n;
						t.buckets.put(rs.getInt(2), new ReplyBuckets.Tally(n, rs.getDouble(4)));
					}
				}, args.toArray());
		// the open referrals falling due today: overdue from their exact due time on
		String due = "select authority_id, governorate_code, sector_code, due_at, 1 as n from cases_scorecard_fact"
				+ " where due_day = ? and case_id not in " + QUEUED
				+ " union all select authority_id, governorate_code, sector_code, due_at, 1 as n from (select "
				+ CASE_FACT + " from cases_case where id in " + QUEUED + " and " + REFERRED + ") q where due_day = ?";
		List<Object> dueArgs = new ArrayList<>(List.of(today, today, OffsetDateTime.ofInstant(now,
				ZoneOffset.UTC)));
		dueArgs.addAll(where.arguments());
		jdbc.query("select authority_id, sum(n) from (" + due + ") d where due_at < ? and " + where.sql()
				+ " group by authority_id", rs -> {
					Tally t = tallies.get(rs.getLong(1));
					if (t != null) {
						t.overdue += rs.getLong(2);
					}
				}, dueArgs.toArray());
		Map<Long, AuthorityScorecard> cards = new HashMap<>();
		tallies.forEach((id, t) -> {
			if (t.referred > 0) {
				cards.put(id, new AuthorityScorecard(t.referred, t.replied, ReplyBuckets.median(t.buckets), t.overdue,
						t.fixed, t.referred < AuthorityScorecard.MIN_PUBLIC));
			}
		});
		return cards;
	}

	private static final class Tally {

		final Map<Integer, ReplyBuckets.Tally> buckets = new HashMap<>();

		long referred;

		long replied;

		long fixed;

		long overdue;
	}
}
