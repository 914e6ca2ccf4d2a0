package ps.rasd.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ps.rasd.cases.internal.ReplyBuckets.Tally;

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
		assertThat(ReplyBuckets.median(Map.of(3, new Tally(0, 0)))).isNull();
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleReplies() {
		// 1 day and 3 days: the median is 2 days
		Map<Integer, Tally> counts = Map.of(ReplyBuckets.of(1), new Tally(1, 1.0), ReplyBuckets.of(3), new Tally(1, 3.0));
		assertThat(ReplyBuckets.median(counts)).isEqualTo(2.0);
	}

	@Test
	void repliesThatTookTheSameTimeGiveTheExactMedian() {
		// five replies after 3 days, four after 10 days: the median is 3 days, as a dashboard shows it (3.0)
		Map<Integer, Tally> counts = Map.of(ReplyBuckets.of(3), new Tally(5, 15.0), ReplyBuckets.of(10),
				new Tally(4, 40.0));
		assertThat(ReplyBuckets.median(counts)).isEqualTo(3.0);
	}

	@Test
	void theMedianOfManyRepliesIsWithinAQuarterOfADayOfTheExactOne() {
		Random random = new Random(7);
		for (int round = 0; round < 50; round++) {
			int n = 1 + random.nextInt(400);
			double[] days = new double[n];
			Map<Integer, Tally> counts = new HashMap<>();
			for (int i = 0; i < n; i++) {
				days[i] = random.nextDouble() * 25;
				counts.merge(ReplyBuckets.of(days[i]), new Tally(1, days[i]),
						(a, b) -> new Tally(a.count() + b.count(), a.days() + b.days()));
			}
			Arrays.sort(days);
			double exact = n % 2 == 1 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2;
			assertThat(ReplyBuckets.median(counts)).as("%d replies", n).isCloseTo(exact, within(0.25));
		}
	}
}
