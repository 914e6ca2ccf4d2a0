package ps.rasd.polls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import ps.rasd.polls.analysis.PopulationTargetTable;

class PopulationTargetSeedsTests {

	private final PopulationTargetSeeds seeds = new PopulationTargetSeeds();

	@Test
	void governoratesAreTheSixteenCensusTotalsOf2017() {
		PopulationTargetTable governorates = seeds.table("governorate").orElseThrow();

		assertThat(governorates.rows()).hasSize(16);
		assertThat(governorates.total()).isEqualTo(4_705_601);
		assertThat(governorates.kind()).isEqualTo(PopulationTargetTable.Kind.COUNTS);
		assertThat(governorates.year()).isEqualTo(2017);
		assertThat(governorates.row("01").orElseThrow().label().ar()).isEqualTo("جنين");
		assertThat(governorates.row("01").orElseThrow().value()).isEqualTo(308_618);
		assertThat(governorates.source()).contains("PCBS", "CC BY 4.0");
	}

	@Test
	void sexIsTheNationalCountOf2017() {
		PopulationTargetTable sex = seeds.table("sex").orElseThrow();

		assertThat(sex.categories()).containsExactly("male", "female");
		assertThat(sex.shares().get("male")).isCloseTo(2.43 / 4.78, within(1e-12));
	}

	@Test
	void adultAgeSharesAreDerivedAndSaySo() {
		PopulationTargetTable age = seeds.table("age_group").orElseThrow();

		// among those aged 15 and over (100 - 38.9 = 61.1 %): 15-64 is 57.9 / 61.1, 65+ is 3.2 / 61.1
		assertThat(age.shares().get("15-64")).isCloseTo(57.9 / 61.1, within(1e-4));
		assertThat(age.shares().get("65+")).isCloseTo(3.2 / 61.1, within(1e-4));
		assertThat(age.source()).contains("derived starting point", "replaced with newer PCBS figures");
	}

	@Test
	void localityTypeHasNoSeed() {
		assertThat(seeds.table("locality_type")).isEmpty();
		assertThat(seeds.all()).extracting(PopulationTargetTable::variable)
			.containsExactly("governorate", "sex", "age_group");
	}
}
