package ps.rasd.shared.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ps.rasd.shared.Tier;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Every rule, rendered to SQL, selects exactly the records its in-memory test accepts, for every reader over every
 * combination of governorate, tier, embargo (as a day and as an instant), maker, assignment and organisation.
 */
class ScopeRenderingTests {

	static Connection db;

	static final List<AccessFacts> RECORDS = new ArrayList<>();

	static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	@BeforeAll
	static void table() throws SQLException {
		db = DriverManager.getConnection("jdbc:h2:mem:scopes;TIME ZONE=UTC");
		db.createStatement().execute("create table rec (id int primary key, governorate_code varchar(4), "
				+ "tier varchar(10), embargo_day date, embargo_at timestamp with time zone, filed_by bigint, org bigint)");
		db.createStatement().execute("create table assigned (rec_id int, account bigint)");
		LocalDate today = LocalDate.ofInstant(NOW, AccessFacts.ZONE);
		LocalDate[] days = { null, today.minusDays(1), today, today.plusDays(1) };
		int id = 0;
		try (PreparedStatement rec = db.prepareStatement("insert into rec values (?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement assign = db.prepareStatement("insert into assigned values (?, ?)")) {
			for (String governorate : new String[] { "50", "55", null }) {
				for (Tier tier : Tier.values()) {
					for (LocalDate day : days) {
						for (long owner : new long[] { 7, 99 }) {
							for (boolean assigned : new boolean[] { true, false }) {
								for (Long org : new Long[] { null, 3L, 4L }) {
									Instant at = AccessFacts.startOf(day);
									rec.setInt(1, id);
									rec.setString(2, governorate);
									rec.setString(3, tier.name());
									rec.setObject(4, day);
									rec.setTimestamp(5, at == null ? null : Timestamp.from(at));
									rec.setLong(6, owner);
									rec.setObject(7, org);
									rec.addBatch();
									if (assigned) {
										assign.setInt(1, id);
										assign.setLong(2, 7);
										assign.addBatch();
									}
									RECORDS.add(new AccessFacts(governorate, tier, at, owner,
											assigned ? Set.of(7L) : Set.of(), org));
									id++;
								}
							}
						}
					}
				}
			}
			rec.executeBatch();
			assign.executeBatch();
		}
	}

	@AfterAll
	static void close() throws SQLException {
		db.close();
	}

	@Test
	void sqlSelectsWhatTheRuleAcceptsInMemory() throws SQLException {
		Map<String, ReadRule> rules = Map.of("casework", ReadRules.CASEWORK, "documentation", ReadRules.DOCUMENTATION,
				"people", ReadRules.PEOPLE);
		List<Reader> readers = new ArrayList<>(ReadRulesTests.READERS.values());
		readers.add(new Reader(Set.of(Role.PARTNER), Set.of(), 7, 3L));
		readers.add(new Reader(Set.of(Role.MONITOR, Role.COORDINATOR), Set.of("55"), 7, null));
		int compared = 0;
		for (var rule : rules.entrySet()) {
			for (Reader reader : readers) {
				for (boolean embargoIsDay : new boolean[] { true, false }) {
					SqlScope.Fields fields = new SqlScope.Fields("governorate_code", "tier",
							embargoIsDay ? "embargo_day" : "embargo_at", embargoIsDay, "filed_by",
							"id in (select rec_id from assigned where account = ?)", "org");
					for (Scope scope : List.of(rule.getValue().full(reader, NOW), rule.getValue().copy(reader, NOW),
							rule.getValue().any(reader, NOW))) {
						assertThat(select(SqlScope.where(scope, fields)))
							.as("%s %s %s (day embargo %s)", rule.getKey(), reader, scope, embargoIsDay)
							.isEqualTo(accepted(scope));
						compared++;
					}
				}
			}
		}
		assertThat(compared).isEqualTo(3 * 11 * 2 * 3);
	}

	private static Set<Integer> accepted(Scope scope) {
		Set<Integer> ids = new TreeSet<>();
		for (int id = 0; id < RECORDS.size(); id++) {
			if (scope.test(RECORDS.get(id))) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static Set<Integer> select(SqlConditions where) throws SQLException {
		Set<Integer> ids = new TreeSet<>();
		try (PreparedStatement query = db.prepareStatement("select id from rec where " + where.sql())) {
			List<Object> arguments = where.arguments();
			for (int i = 0; i < arguments.size(); i++) {
				query.setObject(i + 1, arguments.get(i));
			}
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getInt(1));
				}
			}
		}
		return ids;
	}
}
