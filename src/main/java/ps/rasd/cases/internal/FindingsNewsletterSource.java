package ps.rasd.cases.internal;

import java.util.List;

import ps.rasd.cases.PublicFinding;
import ps.rasd.cases.PublicFindings;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.NewsletterSource;

/** The latest published findings for the newsletter: the published title and the start of the published story. */
class FindingsNewsletterSource implements NewsletterSource {

	private static final int SUMMARY = 160;

	private final PublicFindings cases;

	FindingsNewsletterSource(PublicFindings cases) {
		this.cases = cases;
	}

	@Override
	public String block() {
		return FINDINGS;
	}

	@Override
	public List<Item> items(int limit) {
		return cases.latestFindings(null, null, limit).stream().map(FindingsNewsletterSource::item).toList();
	}

	private static Item item(PublicFinding f) {
		String story = f.story() == null ? "" : f.story().strip().replaceAll("\\s+", " ");
		if (story.length() > SUMMARY) {
			int cut = story.lastIndexOf(' ', SUMMARY);
			story = story.substring(0, cut > SUMMARY / 2 ? cut : SUMMARY) + "…";
		}
		String title = f.title() == null || f.title().isBlank() ? f.reference() : f.title();
		return new Item(new LocalizedText(title, null), story.isBlank() ? null : new LocalizedText(story, null),
				"/findings/" + f.reference(), f.governorateCode(), f.sectorCode(), f.publishedAt());
	}
}
