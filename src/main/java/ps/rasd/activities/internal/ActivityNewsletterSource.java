package ps.rasd.activities.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.shared.Formats;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.NewsletterSource;

/** The newsletter's upcoming activities: the public calendar's next ones, with their day and hall. */
class ActivityNewsletterSource implements NewsletterSource {

	private final ActivitiesManagement activities;

	private final Clock clock;

	ActivityNewsletterSource(ActivitiesManagement activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@Override
	public String block() {
		return ACTIVITIES;
	}

	@Override
	public List<Item> items(int limit) {
		return activities.upcoming(null, null, clock.instant()).stream()
			.filter(a -> a.startsAt() != null && !a.startsAt().isBefore(clock.instant()))
			.limit(limit)
			.map(ActivityNewsletterSource::item)
			.toList();
	}

	private static Item item(ActivitySummary a) {
		return new Item(new LocalizedText(a.details().titleAr(), a.details().titleEn()),
				new LocalizedText(when(a, Locale.forLanguageTag("ar")), when(a, Locale.ENGLISH)), "/events/" + a.id(),
				a.details().governorateCode(), null, a.startsAt());
	}

	private static String when(ActivitySummary a, Locale locale) {
		String day = Formats.of(locale).date(a.startsAt());
		String hall = a.details().address();
		return hall == null || hall.isBlank() ? day : day + " · " + hall.strip();
	}
}
