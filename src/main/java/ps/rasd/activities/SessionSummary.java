package ps.rasd.activities;

import java.time.Duration;
import java.time.Instant;

/**
 * One session of an activity (a day of a training).
 *
 * @param id the session
 * @param startsAt when it starts
 * @param endsAt when it ends
 */
public record SessionSummary(long id, Instant startsAt, Instant endsAt) {

	/** Its length in hours, to one decimal. */
	public double hours() {
		return Math.round(Duration.between(startsAt, endsAt).toMinutes() / 6.0) / 10.0;
	}
}
