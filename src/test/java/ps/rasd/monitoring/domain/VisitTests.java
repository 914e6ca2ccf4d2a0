package ps.rasd.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ps.rasd.forms.ScoreCard;
import ps.rasd.monitoring.ReviewDecision;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;

/** The review workflow: who may do what in which state. */
class VisitTests {

	private static final long MONITOR = 7;

	private static final long COORDINATOR = 9;

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static final ScoreCard SCORE = new ScoreCard(Map.of("HEALTH_WAITING", 62.5), 62.5);

	static Visit draft() {
		return new Visit("V-2026-TEST0001", 1, "50", "HEALTH", 3, MONITOR, null, NOW);
	}

	static Visit submitted() {
		Visit visit = draft();
		visit.submit(Map.of("visit_date", "2026-11-28"), SCORE, MONITOR, NOW);
		return visit;
	}

	@Test
	void aDraftKeepsItsAnswersAndTheDayOfTheVisit() {
		Visit visit = draft();
		visit.saveAnswers(Map.of("visit_date", "2026-11-28", "wait_minutes", "900"), MONITOR, NOW);
		assertThat(visit.answers()).containsEntry("wait_minutes", "900");
		assertThat(visit.toSummary().visitedOn()).hasToString("2026-11-28");
	}

	@Test
	void onlyItsMonitorChangesAVisit() {
		assertThatThrownBy(() -> draft().saveAnswers(Map.of(), COORDINATOR, NOW)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void submittingFixesTheScoreAndRecordsTheStep() {
		Visit visit = submitted();
		assertThat(visit.getStatus()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(visit.toSummary().overallScore()).isEqualByComparingTo("62.5");
		assertThat(visit.toDetailedSummary().events()).extracting(e -> e.to())
			.containsExactly(VisitStatus.DRAFT, VisitStatus.SUBMITTED);
	}

	@Test
	void aSubmittedVisitCannotChange() {
		assertThatThrownBy(() -> submitted().saveAnswers(Map.of(), MONITOR, NOW)).isInstanceOf(ConflictException.class);
	}

	@ParameterizedTest
	@EnumSource(ReviewDecision.class)
	void aCoordinatorDecidesOnASubmittedVisit(ReviewDecision decision) {
		Visit visit = submitted();
		visit.review(decision, "ملاحظة", COORDINATOR, NOW);
		assertThat(visit.getStatus()).isEqualTo(decision.result());
		assertThat(visit.toSummary().reviewComment()).isEqualTo("ملاحظة");
	}

	@Test
	void sendingBackOrRejectingNeedsAComment() {
		assertThatThrownBy(() -> submitted().review(ReviewDecision.HAS_ISSUES, " ", COORDINATOR, NOW))
			.hasMessage("monitoring.review.comment-required");
		assertThatThrownBy(() -> submitted().review(ReviewDecision.REJECT, null, COORDINATOR, NOW))
			.hasMessage("monitoring.review.comment-required");
	}

	@Test
	void nobodyReviewsTheirOwnVisit() {
		assertThatThrownBy(() -> submitted().review(ReviewDecision.APPROVE, null, MONITOR, NOW))
			.isInstanceOf(DomainException.class).hasMessage("monitoring.review.own-visit");
	}

	@Test
	void onlyASubmittedVisitIsReviewed() {
		assertThatThrownBy(() -> draft().review(ReviewDecision.APPROVE, null, COORDINATOR, NOW))
			.isInstanceOf(ConflictException.class);
		Visit approved = submitted();
		approved.review(ReviewDecision.APPROVE, null, COORDINATOR, NOW);
		assertThatThrownBy(() -> approved.review(ReviewDecision.REJECT, "x", COORDINATOR, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aVisitSentBackGoesBackToItsMonitorAndCanBeSubmittedAgain() {
		Visit visit = submitted();
		visit.review(ReviewDecision.HAS_ISSUES, "أكمل صورة الحمامات", COORDINATOR, NOW);
		visit.saveAnswers(Map.of("visit_date", "2026-11-28", "notes", "أُكملت"), MONITOR, NOW);
		visit.submit(visit.answers(), SCORE, MONITOR, NOW);
		assertThat(visit.getStatus()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(visit.toDetailedSummary().events()).hasSize(4);
	}

	@Test
	void referencesAreReadableAndDifferent() {
		assertThat(Visit.newReference(2026)).matches("V-2026-[A-HJ-NP-Z2-9]{8}")
			.isNotEqualTo(Visit.newReference(2026));
	}
}
