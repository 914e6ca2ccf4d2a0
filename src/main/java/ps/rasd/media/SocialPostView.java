package ps.rasd.media;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A post of the content calendar.
 *
 * @param record the record it shares ({@code type:key}), or {@code null}
 * @param postUrl where it was posted, once posted
 * @param views as the platform counts them, {@code null} until known
 */
public record SocialPostView(long id, LocalDate plannedOn, String platform, String language, String record,
		String link, String text, PostStatus status, String postUrl, Instant postedAt, Long views, Long shares,
		Long audience, Instant updatedAt, long version) {

	/** The first line of the text, for the month view. */
	public String headline() {
		String first = text.strip().lines().findFirst().orElse("");
		return first.length() > 60 ? first.substring(0, 59) + "…" : first;
	}
}
