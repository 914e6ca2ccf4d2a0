package ps.rasd.shared.spi;

import java.time.Instant;
import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A module's public records for a block of the newsletter: the latest published findings ({@code cases}), the latest
 * poll result ({@code polls}), the upcoming activities ({@code activities}), the latest campaign updates
 * ({@code advocacy}). The newsletter reads them when an issue is previewed and freezes them when it is sent. Only
 * what anyone may read belongs here: never a reporter, victim, monitor or attendee.
 */
public interface NewsletterSource {

	/** The latest published findings. */
	String FINDINGS = "findings";

	/** The latest published poll result, as a card with its headline figure. */
	String POLL = "poll";

	/** The activities coming next. */
	String ACTIVITIES = "activities";

	/** The latest news of campaigns. */
	String CAMPAIGN = "campaign";

	/** The block this source fills, one of the constants above. */
	String block();

	/** The records for the block, the latest (for activities: the soonest) first, at most {@code limit}. */
	List<Item> items(int limit);

	/**
	 * A record in a newsletter block.
	 *
	 * @param title its title in Arabic and English
	 * @param detail one line under the title (a figure, a date and place, what changed), may be {@code null}
	 * @param path its public page, e.g. {@code /findings/RSD-2026-000123}
	 * @param governorateCode the PCBS code of the governorate it is about, or {@code null} for all of them
	 * @param sectorCode the sector (topic) it is about, or {@code null}
	 * @param at when it was published, or when it takes place
	 */
	record Item(LocalizedText title, LocalizedText detail, String path, String governorateCode, String sectorCode,
			Instant at) {
	}
}
