package ps.rasd.activities.internal;

import java.time.Instant;
import java.util.List;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ShareableSource;

/**
 * Public activities (open, held or reported; never one only planned) for the social-media kit: title, description
 * and the public event page; never who registered or attended.
 */
class ActivityShareables implements ShareableSource {

	private final ActivitiesManagement activities;

	ActivityShareables(ActivitiesManagement activities) {
		this.activities = activities;
	}

	@Override
	public String type() {
		return "activity";
	}

	@Override
	public List<Shareable> latest(int limit) {
		return activities.activities(null, null, null, null).stream().limit(limit).map(this::shareable).toList();
	}

	private Shareable shareable(ActivitySummary a) {
		var d = a.details();
		LocalizedText about = d.descriptionAr() == null || d.descriptionAr().isBlank() ? null
				: new LocalizedText(d.descriptionAr(), d.descriptionEn());
		Instant on = a.startsAt();
		return new Shareable(type(), String.valueOf(a.id()), new LocalizedText(d.titleAr(), d.titleEn()), about,
				"/events/" + a.id(), List.of(), null, on);
	}
}
