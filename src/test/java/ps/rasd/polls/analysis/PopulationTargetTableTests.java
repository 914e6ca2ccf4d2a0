package ps.rasd.polls.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static ps.rasd.polls.analysis.AnalysisFixtures.counts;
import static ps.rasd.polls.analysis.AnalysisFixtures.failsWith;
import static ps.rasd.polls.analysis.AnalysisFixtures.table;

import org.junit.jupiter.api.Test;

import ps.rasd.shared.InvalidInputException;

class PopulationTargetTableTests {

	@Test
	void sharesAreTheValuesOverTheirTotal() {
		PopulationTargetTable sex = counts("sex", "male=2430000", "female=2350000");

		assertThat(sex.total()).isEqualTo(4_780_000);
		assertThat(sex.shares().get("male")).isCloseTo(2.43 / 4.78, within(1e-12));
		assertThat(sex.shares().get("female")).isCloseTo(2.35 / 4.78, within(1e-12));
		assertThat(sex.categories()).containsExactly("male", "female");
	}

	@Test
	void percentagesMayMissOneHundredByHalfAPointAtMost() {
		PopulationTargetTable close = table("locality_type", PopulationTargetTable.Kind.PERCENT, "urban=77.2",
				"rural=14.9", "camp=7.4");
		assertThat(close.shares().get("urban")).isCloseTo(77.2 / 99.5, within(1e-12));

		failsWith(() -> table("locality_type", PopulationTargetTable.Kind.PERCENT, "urban=77", "rural=15", "camp=7.4"),
				"polls.targets.percent-sum", "locality_type", 99.4);
	}

	@Test
	void eachBadRowIsNamed() {
		failsWith(() -> counts("sex", "male=-5", "female=10"), "polls.targets.negative-value", "sex", "male", 1);
		failsWith(() -> counts("sex", "male=5", "female=10", "male=3"), "polls.targets.duplicate-category", "sex",
				"male", 3);
		failsWith(() -> counts("sex", "male=5"), "polls.targets.too-few-categories", "sex", 1);
		failsWith(() -> counts("sex", "male=0", "female=0"), "polls.targets.zero-total", "sex");
		failsWith(() -> counts("sex", " =3", "female=0"), "polls.targets.blank-category", "sex", 1);
	}

	@Test
	void theFailingRowIsTheFieldSoAFormCanShowTheMessageBesideIt() {
		assertThatThrownBy(() -> counts("sex", "male=5", "female=-1"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.fields()).singleElement().satisfies(f -> {
					assertThat(f.field()).isEqualTo("rows[1].value");
					assertThat(f.code()).isEqualTo("polls.targets.negative-value");
					assertThat(f.arguments()).containsExactly("sex", "female", 2);
				});
			});
	}
}
