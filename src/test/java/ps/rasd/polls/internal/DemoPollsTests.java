package ps.rasd.polls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollStatus;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.QuotaProgress;
import ps.rasd.polls.ResponseSummary;
import ps.rasd.support.Principals;

/** The demo poll as demo mode leaves it at start-up (the same context as the demo accounts' tests). */
@SpringBootTest(properties = "rasd.demo=true")
@ActiveProfiles("test")
class DemoPollsTests {

	@Autowired
	DemoPolls demo;

	@Autowired
	PollManagement polls;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	ps.rasd.polls.PollAnalysis analysis;

	@Autowired
	ps.rasd.polls.PollPublication publication;

	@Test
	void theDemoPollHasASkewedSampleFromEveryModeWithSomethingForTheQualityChecks() {
		PollSummary poll = polls.poll(DemoPolls.CODE).orElseThrow();
		assertThat(poll.status()).isEqualTo(PollStatus.FIELDWORK);
		assertThat(poll.modes()).containsExactlyInAnyOrder(FieldworkMode.values());
		assertThat(poll.variables()).extracting(v -> v.variable())
			.containsExactly("governorate", "sex", "age_group", "locality_type", "education");
		assertThat(poll.strata()).hasSize(16);

		List<ResponseSummary> all = fieldwork.allResponses(poll.id(), Principals.analyst());
		assertThat(all).hasSize(DemoPolls.RESPONSES);
		Map<FieldworkMode, Long> byMode = all.stream()
			.collect(Collectors.groupingBy(ResponseSummary::mode, Collectors.counting()));
		assertThat(byMode.keySet()).containsExactlyInAnyOrder(FieldworkMode.WEB_OPEN, FieldworkMode.ENUMERATOR,
				FieldworkMode.IMPORT);
		assertThat(all.stream().map(ResponseSummary::enumeratorId).filter(Objects::nonNull).distinct()).hasSize(4);
		assertThat(all).allSatisfy(r -> assertThat(r.durationSeconds()).isNotNull().isBetween(60, 1260));
		assertThat(all).allSatisfy(r -> assertThat(r.variables()).containsKeys("governorate", "sex", "age_group",
				"locality_type", "education"));

		long speeders = all.stream().filter(r -> r.durationSeconds() < 180).count();
		long straight = all.stream().filter(r -> Set.of("health_rating", "education_rating", "water_rating",
				"electricity_rating", "municipal_rating").stream().map(q -> r.answers().get(q)).distinct().count() == 1)
			.count();
		long duplicatePairs = all.stream().collect(Collectors.groupingBy(ResponseSummary::answers,
				Collectors.counting())).values().stream().filter(n -> n > 1).count();
		assertThat(speeders).isBetween(10L, 80L);
		assertThat(straight).isBetween(10L, 80L);
		assertThat(duplicatePairs).isGreaterThanOrEqualTo(3);

		Map<String, Long> byGovernorate = all.stream()
			.collect(Collectors.groupingBy(r -> r.answers().get("governorate"), Collectors.counting()));
		assertThat(byGovernorate).hasSize(16);
		// Ramallah is over-represented and Hebron under-represented against their share of the population
		Map<String, Long> population = poll.strata().stream()
			.collect(Collectors.toMap(s -> s.code(), s -> s.population()));
		long total = population.values().stream().mapToLong(Long::longValue).sum();
		assertThat(byGovernorate.get("30")).isGreaterThan(Math.round(1.5 * DemoPolls.RESPONSES * population.get("30") / total));
		assertThat(byGovernorate.get("50")).isLessThan(Math.round(0.9 * DemoPolls.RESPONSES * population.get("50") / total));
		Map<String, Long> bySex = count(all, r -> r.answers().get("sex"));
		assertThat(bySex.get("male")).isGreaterThan(bySex.get("female"));
		assertThat(count(all, r -> r.variables().get("age_group")).get("18-29")).isGreaterThan(450);
		assertThat(meanRating(all, "electricity_rating", true)).isLessThan(meanRating(all, "electricity_rating", false));

		assertThat(fieldwork.progress(poll.id())).extracting(QuotaProgress::achieved).allSatisfy(n -> assertThat(n)
			.isPositive());

		demo.seed();
		assertThat(fieldwork.responseCounts(poll.id())[0]).isEqualTo(DemoPolls.RESPONSES);
	}

	@Test
	void theDemoPollIsRakedToTheCensusAndHasPublishedResults() {
		PollSummary poll = polls.poll(DemoPolls.CODE).orElseThrow();
		var report = analysis.report(poll.id(), ps.rasd.support.Principals.analyst()).orElseThrow();
		assertThat(report.converged()).isTrue();
		assertThat(report.margins()).extracting(m -> m.variable()).containsExactlyInAnyOrder("governorate", "sex");
		assertThat(report.margins()).allSatisfy(m -> assertThat(m.withinTolerance()).isTrue());
		assertThat(report.designEffect()).isGreaterThan(1.0);
		assertThat(publication.publications(poll.id())).hasSize(3);
		assertThat(publication.publishedPolls()).extracting(PollSummary::code).contains(DemoPolls.CODE);
	}

	private static Map<String, Long> count(List<ResponseSummary> all, Function<ResponseSummary, String> key) {
		return all.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
	}

	private static double meanRating(List<ResponseSummary> all, String question, boolean gaza) {
		return all.stream().filter(r -> (Integer.parseInt(r.answers().get("governorate")) >= 55) == gaza)
			.mapToInt(r -> Integer.parseInt(r.answers().get(question))).average().orElseThrow();
	}
}
