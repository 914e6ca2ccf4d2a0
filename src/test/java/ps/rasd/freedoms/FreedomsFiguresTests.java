package ps.rasd.freedoms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.support.FreedomsFixtures;
import ps.rasd.support.Principals;

/** The counts of documented violations: in full for the team, suppressed for the public. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FreedomsFiguresTests {

	// a month no other test documents, so the counts are this test's own
	private static final LocalDate DAY = LocalDate.of(2019, 3, 10);

	private static final FigureFilter MARCH_2019 = new FigureFilter(null, null, LocalDate.of(2019, 3, 1),
			LocalDate.of(2019, 3, 31));

	@Autowired
	FreedomsManagement freedoms;

	@Autowired
	FreedomsPublication publication;

	@Autowired
	FreedomsFigures figures;

	private final RasdPrincipal documenter = Principals.documenter(701, FreedomsFixtures.HEBRON,
			FreedomsFixtures.BETHLEHEM);

	private void published(String type, String governorate, Sex sex, int n) {
		for (int i = 0; i < n; i++) {
			EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter,
					FreedomsFixtures.eventOn(type, DAY, governorate),
					new VictimInput(VictimKind.PERSON, null, sex, AgeGroup.ADULT, "STUDENT", governorate, null),
					FreedomsFixtures.consentingWitness("مصدر"));
			publication.publish(event.reference(), event.version(), Tier.PUBLIC, "عنوان", "نص", null, documenter);
		}
	}

	@Test
	void theTeamSeesEveryCountOfItsVerifiedEvents() {
		published("ARREST_OVER_OPINION", FreedomsFixtures.HEBRON, Sex.MALE, 6);
		published("TRAVEL_BAN", FreedomsFixtures.HEBRON, Sex.FEMALE, 1);
		// verified but never published: counted for the team only
		FreedomsFixtures.verifiedEvent(freedoms, documenter,
				FreedomsFixtures.eventOn("CENSORSHIP", DAY, FreedomsFixtures.HEBRON), FreedomsFixtures.journalist("س"),
				FreedomsFixtures.consentingWitness("م"));

		Figures internal = figures.internal(MARCH_2019, documenter);

		assertThat(internal.events().count()).isEqualTo(8);
		assertThat(internal.byType()).extracting(Figures.Count::key, Figures.Count::count).contains(
				org.assertj.core.groups.Tuple.tuple("ARREST_OVER_OPINION", 6L),
				org.assertj.core.groups.Tuple.tuple("TRAVEL_BAN", 1L),
				org.assertj.core.groups.Tuple.tuple("CENSORSHIP", 1L));
		assertThat(internal.byPerpetrator()).extracting(Figures.Count::key).containsExactly("SECURITY_AGENCY");
		assertThat(internal.bySex()).extracting(Figures.Count::hidden).containsOnly(false);
		assertThat(figures.internal(MARCH_2019, Principals.documenter(702, "30")).events().count())
			.as("a documenter of another governorate counts none of these").isZero();
	}

	@Test
	void aSmallPublicCountIsHiddenAndSoIsASecondOneThatWouldRevealIt() {
		published("ARREST_OVER_OPINION", FreedomsFixtures.HEBRON, Sex.MALE, 6);
		published("TRAVEL_BAN", FreedomsFixtures.HEBRON, Sex.FEMALE, 1);

		Figures shown = figures.published(MARCH_2019);

		assertThat(shown.byStatus()).isEmpty();
		assertThat(count(shown.byType(), "TRAVEL_BAN").hidden()).isTrue();
		// 7 events shown with 6 beside a hidden cell would give the 1 away: a second figure is hidden
		long hiddenTypes = shown.byType().stream().filter(Figures.Count::hidden).count()
				+ (shown.events().hidden() ? 1 : 0);
		assertThat(hiddenTypes).isGreaterThanOrEqualTo(2);
		assertThat(count(shown.bySex(), "FEMALE").hidden()).isTrue();
		assertThat(shown.bySex().stream().filter(Figures.Count::hidden).count() + (shown.victims().hidden() ? 1 : 0))
			.isGreaterThanOrEqualTo(2);
		assertThat(count(shown.byGovernorate(), FreedomsFixtures.HEBRON).count()).isEqualTo(7);
	}

	@Test
	void unpublishedAndEmbargoedEventsAreNotCountedPublicly() {
		published("ARREST_OVER_OPINION", FreedomsFixtures.HEBRON, Sex.MALE, 5);
		EventSummary held = FreedomsFixtures.verifiedEvent(freedoms, documenter,
				FreedomsFixtures.eventOn("ARREST_OVER_OPINION", DAY, FreedomsFixtures.HEBRON),
				FreedomsFixtures.journalist("س"), FreedomsFixtures.consentingWitness("م"));
		publication.publish(held.reference(), held.version(), Tier.PUBLIC, "عنوان", "نص",
				LocalDate.now().plusDays(10), documenter);

		assertThat(count(figures.published(MARCH_2019).byType(), "ARREST_OVER_OPINION").count()).isEqualTo(5);
	}

	private static Figures.Count count(List<Figures.Count> counts, String key) {
		return counts.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
	}
}
