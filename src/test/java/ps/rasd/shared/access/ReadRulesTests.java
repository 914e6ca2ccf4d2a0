package ps.rasd.shared.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ps.rasd.shared.Tier;

/**
 * Pins who reads what: one row per reader × record that tells a rule apart. Records lie in Hebron ({@code 50}); the
 * reader's own account is 7; "assigned" means assigned to account 7; the embargo is a day before or after today.
 */
class ReadRulesTests {

	static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	static final Map<String, Reader> READERS = Map.of(
			"public", Reader.PUBLIC,
			"monitor", Reader.of(7, Set.of("50"), Role.MONITOR),
			"coordinator-here", Reader.of(7, Set.of("50", "55"), Role.COORDINATOR),
			"coordinator-elsewhere", Reader.of(7, Set.of("55"), Role.COORDINATOR),
			"analyst", Reader.of(7, Set.of(), Role.ANALYST),
			"partner", Reader.of(7, Set.of(), Role.PARTNER),
			"documenter-here", Reader.of(7, Set.of("50"), Role.DOCUMENTER),
			"documenter-elsewhere", Reader.of(7, Set.of("55"), Role.DOCUMENTER),
			"admin", Reader.of(7, Set.of(), Role.ADMIN));

	// reader, tier, embargo (none | past | future), made by (me | other), assigned to me, expected sight
	static Stream<Arguments> casework() {
		return Stream.of(
				row("public", "PUBLIC", "none", "other", false, Sight.COPY),
				row("public", "PUBLIC", "past", "other", false, Sight.COPY),
				row("public", "PUBLIC", "future", "other", false, Sight.NONE),
				row("public", "PARTNERS", "none", "other", false, Sight.NONE),
				row("public", "INTERNAL", "none", "other", false, Sight.NONE),
				row("monitor", "INTERNAL", "none", "me", false, Sight.FULL),
				row("monitor", "INTERNAL", "none", "other", true, Sight.FULL),
				row("monitor", "INTERNAL", "none", "other", false, Sight.NONE),
				row("monitor", "PARTNERS", "none", "other", false, Sight.NONE),
				row("monitor", "PUBLIC", "none", "other", false, Sight.COPY),
				row("monitor", "PUBLIC", "future", "other", false, Sight.NONE),
				row("coordinator-here", "INTERNAL", "none", "other", false, Sight.FULL),
				row("coordinator-here", "PUBLIC", "future", "other", false, Sight.FULL),
				row("coordinator-elsewhere", "INTERNAL", "none", "other", false, Sight.NONE),
				row("coordinator-elsewhere", "INTERNAL", "none", "me", false, Sight.FULL),
				row("coordinator-elsewhere", "INTERNAL", "none", "other", true, Sight.NONE),
				row("coordinator-elsewhere", "PUBLIC", "none", "other", false, Sight.COPY),
				row("analyst", "INTERNAL", "future", "other", false, Sight.FULL),
				row("admin", "INTERNAL", "none", "other", false, Sight.FULL),
				row("partner", "PARTNERS", "none", "other", false, Sight.COPY),
				row("partner", "PARTNERS", "past", "other", false, Sight.COPY),
				row("partner", "PARTNERS", "future", "other", false, Sight.NONE),
				row("partner", "PUBLIC", "future", "other", false, Sight.NONE),
				row("partner", "PUBLIC", "none", "other", false, Sight.COPY),
				row("partner", "INTERNAL", "none", "other", false, Sight.NONE),
				row("partner", "INTERNAL", "none", "me", false, Sight.FULL),
				row("documenter-here", "INTERNAL", "none", "other", false, Sight.NONE),
				row("documenter-here", "PUBLIC", "none", "other", false, Sight.COPY));
	}

	static Stream<Arguments> documentation() {
		return Stream.of(
				row("public", "PUBLIC", "none", "other", false, Sight.COPY),
				row("public", "PUBLIC", "future", "other", false, Sight.NONE),
				row("public", "INTERNAL", "none", "other", false, Sight.NONE),
				row("monitor", "INTERNAL", "none", "me", false, Sight.NONE),
				row("monitor", "PUBLIC", "none", "me", false, Sight.COPY),
				row("coordinator-here", "INTERNAL", "none", "other", false, Sight.NONE),
				row("analyst", "INTERNAL", "none", "other", false, Sight.NONE),
				row("analyst", "PUBLIC", "none", "other", false, Sight.COPY),
				row("partner", "PARTNERS", "none", "other", false, Sight.COPY),
				row("partner", "PARTNERS", "future", "other", false, Sight.NONE),
				row("partner", "INTERNAL", "none", "me", false, Sight.NONE),
				row("documenter-here", "INTERNAL", "none", "other", false, Sight.FULL),
				row("documenter-here", "PUBLIC", "future", "other", false, Sight.FULL),
				row("documenter-elsewhere", "INTERNAL", "none", "other", false, Sight.NONE),
				row("documenter-elsewhere", "PUBLIC", "none", "other", false, Sight.COPY),
				row("admin", "INTERNAL", "none", "other", false, Sight.FULL));
	}

	static Stream<Arguments> people() {
		return Stream.of(
				row("public", "INTERNAL", "none", "other", false, Sight.NONE),
				row("public", "PUBLIC", "none", "other", false, Sight.COPY),
				row("partner", "INTERNAL", "none", "other", false, Sight.NONE),
				row("monitor", "INTERNAL", "none", "other", false, Sight.NONE),
				row("monitor", "INTERNAL", "none", "me", false, Sight.FULL),
				row("coordinator-here", "INTERNAL", "none", "other", false, Sight.FULL),
				row("coordinator-elsewhere", "INTERNAL", "none", "other", false, Sight.COPY),
				row("analyst", "INTERNAL", "none", "other", false, Sight.COPY),
				row("documenter-here", "INTERNAL", "none", "other", false, Sight.COPY),
				row("admin", "INTERNAL", "none", "other", false, Sight.FULL));
	}

	@ParameterizedTest(name = "casework: {0} reads a {1} record (embargo {2}, made by {3}, assigned {4}) → {5}")
	@MethodSource("casework")
	void casework(String reader, String tier, String embargo, String owner, boolean assigned, Sight expected) {
		assertThat(ReadRules.CASEWORK.sight(READERS.get(reader), record(tier, embargo, owner, assigned), NOW))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "documentation: {0} reads a {1} event (embargo {2}, reported by {3}) → {5}")
	@MethodSource("documentation")
	void documentation(String reader, String tier, String embargo, String owner, boolean assigned, Sight expected) {
		assertThat(ReadRules.DOCUMENTATION.sight(READERS.get(reader), record(tier, embargo, owner, assigned), NOW))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "people: {0} reads a {1} person record (theirs: {3}) → {5}")
	@MethodSource("people")
	void people(String reader, String tier, String embargo, String owner, boolean assigned, Sight expected) {
		assertThat(ReadRules.PEOPLE.sight(READERS.get(reader), record(tier, embargo, owner, assigned), NOW))
			.isEqualTo(expected);
	}

	static Stream<Arguments> advocacy() {
		return Stream.of(
				row("public", "PUBLIC", "none", "other", false, Sight.COPY),
				row("public", "PUBLIC", "future", "other", false, Sight.NONE),
				row("public", "INTERNAL", "none", "other", false, Sight.NONE),
				row("monitor", "INTERNAL", "none", "me", false, Sight.NONE),
				row("partner", "INTERNAL", "none", "other", false, Sight.NONE),
				row("partner", "PUBLIC", "past", "other", false, Sight.COPY),
				row("documenter-here", "INTERNAL", "none", "other", false, Sight.NONE),
				row("analyst", "INTERNAL", "none", "other", false, Sight.FULL),
				row("coordinator-elsewhere", "INTERNAL", "none", "other", false, Sight.FULL),
				row("admin", "PUBLIC", "future", "other", false, Sight.FULL));
	}

	@ParameterizedTest(name = "advocacy: {0} reads a {1} campaign or instrument (published {2}) → {5}")
	@MethodSource("advocacy")
	void advocacy(String reader, String tier, String embargo, String owner, boolean assigned, Sight expected) {
		assertThat(ReadRules.ADVOCACY.sight(READERS.get(reader), record(tier, embargo, owner, assigned), NOW))
			.isEqualTo(expected);
		assertThat(ReadRules.advocates(READERS.get(reader))).isEqualTo(expected == Sight.FULL);
		assertThat(ReadRules.ADVOCACY.readsSealed(READERS.get(reader), "50")).isFalse();
	}

	static Stream<Arguments> editorial() {
		return Stream.of(
				row("public", "PUBLIC", "none", "other", false, Sight.COPY),
				row("public", "PUBLIC", "future", "other", false, Sight.NONE),
				row("public", "INTERNAL", "none", "other", false, Sight.NONE),
				row("monitor", "INTERNAL", "none", "me", false, Sight.NONE),
				row("analyst", "INTERNAL", "none", "other", false, Sight.NONE),
				row("analyst", "PUBLIC", "past", "other", false, Sight.COPY),
				row("partner", "INTERNAL", "none", "other", false, Sight.NONE),
				row("documenter-here", "INTERNAL", "none", "other", false, Sight.NONE),
				row("coordinator-here", "INTERNAL", "none", "other", false, Sight.FULL),
				row("coordinator-elsewhere", "INTERNAL", "none", "other", false, Sight.FULL),
				row("coordinator-elsewhere", "PUBLIC", "future", "other", false, Sight.FULL),
				row("admin", "INTERNAL", "future", "other", false, Sight.FULL));
	}

	@ParameterizedTest(name = "editorial: {0} reads a {1} page or post (published {2}) → {5}")
	@MethodSource("editorial")
	void editorial(String reader, String tier, String embargo, String owner, boolean assigned, Sight expected) {
		assertThat(ReadRules.EDITORIAL.sight(READERS.get(reader), record(tier, embargo, owner, assigned), NOW))
			.isEqualTo(expected);
		assertThat(ReadRules.edits(READERS.get(reader))).isEqualTo(expected == Sight.FULL);
		assertThat(ReadRules.EDITORIAL.readsSealed(READERS.get(reader), "50")).isFalse();
	}

	@ParameterizedTest(name = "sealed identities of a Hebron record: {0}")
	@MethodSource("sealed")
	void sealedIdentities(String reader, boolean casework, boolean documentation) {
		assertThat(ReadRules.CASEWORK.readsSealed(READERS.get(reader), "50")).isEqualTo(casework);
		assertThat(ReadRules.DOCUMENTATION.readsSealed(READERS.get(reader), "50")).isEqualTo(documentation);
	}

	static Stream<Arguments> sealed() {
		return Stream.of(Arguments.of("public", false, false), Arguments.of("monitor", false, false),
				Arguments.of("coordinator-here", true, false), Arguments.of("coordinator-elsewhere", false, false),
				Arguments.of("analyst", false, false), Arguments.of("partner", false, false),
				Arguments.of("documenter-here", false, true), Arguments.of("documenter-elsewhere", false, false),
				Arguments.of("admin", true, true));
	}

	static Arguments row(String reader, String tier, String embargo, String owner, boolean assigned, Sight sight) {
		return Arguments.of(reader, tier, embargo, owner, assigned, sight);
	}

	static AccessFacts record(String tier, String embargo, String owner, boolean assigned) {
		LocalDate day = switch (embargo) {
			case "past" -> TODAY.minusDays(1);
			case "future" -> TODAY.plusDays(1);
			default -> null;
		};
		return new AccessFacts("50", Tier.valueOf(tier), AccessFacts.startOf(day), "me".equals(owner) ? 7L : 99L,
				assigned ? Set.of(7L) : Set.of(), null);
	}

	static Stream<Arguments> attendees() {
		return Stream.of(
				row("public", "PUBLIC", "none", "other", false, Sight.NONE),
				row("monitor", "INTERNAL", "none", "me", true, Sight.NONE),
				row("analyst", "INTERNAL", "none", "other", false, Sight.NONE),
				row("partner", "PUBLIC", "none", "other", false, Sight.NONE),
				row("documenter-here", "INTERNAL", "none", "other", false, Sight.NONE),
				row("coordinator-here", "INTERNAL", "none", "other", false, Sight.FULL),
				row("coordinator-elsewhere", "INTERNAL", "none", "me", false, Sight.NONE),
				row("admin", "INTERNAL", "none", "other", false, Sight.FULL));
	}

	@ParameterizedTest(name = "attendees: {0} reads the attendee list of an activity in Hebron → {5}")
	@MethodSource("attendees")
	void attendees(String reader, String tier, String embargo, String owner, boolean assigned, Sight expected) {
		assertThat(ReadRules.ATTENDEES.sight(READERS.get(reader), record(tier, embargo, owner, assigned), NOW))
			.isEqualTo(expected);
		assertThat(ReadRules.ATTENDEES.readsSealed(READERS.get(reader), "50")).isEqualTo(expected == Sight.FULL);
	}
}
