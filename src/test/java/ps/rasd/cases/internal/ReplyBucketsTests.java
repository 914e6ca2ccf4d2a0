package ps.rasd.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ReplyBucketsTests {

	@Test
	void repliesWithinAMonthAreKeptToAQuarterOfADayAndLaterOnesToADay() {
		assertThat(ReplyBuckets.of(0)).isZero();
		assertThat(ReplyBuckets.of(-2)).as("a reply recorded before the referral").isZero();
		assertThat(ReplyBuckets.of(0.3)).isEqualTo(1);
		assertThat(ReplyBuckets.of(29.99)).isEqualTo(119);
		assertThat(ReplyBuckets.of(30)).isEqualTo(120);
		assertThat(ReplyBuckets.of(394.5)).isEqualTo(484);
		assertThat(ReplyBuckets.of(395)).isEqualTo(485);
		assertThat(ReplyBuckets.of(4000)).isEqualTo(485);
	}

	@Test
	void noReplyHasNoMedian() {
		assertThat(ReplyBuckets.median(Map.of())).isNull();
		assertThat(ReplyBuckets.median(Map.of(3, 0L))).isNull();
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleReplies() {
		// 1 day and 3 days: the exact median is 2 days
		Map<Integer, Long> counts = Map.of(ReplyBuckets.of(1), 1L, ReplyBuckets.of(3), 1L);
		assertThat(ReplyBuckets.median(counts)).isCloseTo(2.0, within(0.25));
	}

	@Test
	void theMedianOfManyRepliesIsWithinAQuarterOfADayOfTheExactOne() {
		Random random = new Random(7);
		for (int round = 0; round < 50; round++) {
			int n = 1 + random.nextInt(400);
			double[] days = new double[n];
			Map<Integer, Long> counts = new HashMap<>();
			for (int i = 0; i < n; i++) {
				days[i] = random.nextDouble() * 25;
				counts.merge(ReplyBuckets.of(days[i]), 1L, Long::sum);
			}
			Arrays.sort(days);
			double exact = n % 2 == 1 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2;
			assertThat(ReplyBuckets.median(counts)).as("%d replies", n).isCloseTo(exact, within(0.25));
		}
	}
}
