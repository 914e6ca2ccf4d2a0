package ps.rasd.polls.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.PublishedShare;
import ps.rasd.shared.Formats;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.NewsletterSource;

/**
 * The newsletter's poll result card: each poll with published results, the latest first, with its headline figure
 * (the largest share of its first question published alone, with the margin of error), as the public page shows it.
 */
class PollNewsletterSource implements NewsletterSource {

	private final PollPublication publication;

	PollNewsletterSource(PollPublication publication) {
		this.publication = publication;
	}

	@Override
	public String block() {
		return POLL;
	}

	@Override
	public List<Item> items(int limit) {
		List<Item> items = new ArrayList<>();
		for (PollSummary poll : publication.publishedPolls()) {
			if (items.size() >= limit) {
				break;
			}
			items.add(new Item(poll.title(), headline(poll.code()), "/opinion-polls/" + poll.code(), null, null,
					poll.updatedAt()));
		}
		return items;
	}

	private LocalizedText headline(String code) {
		List<PublishedShare> shares = publication.publishedShares(code);
		if (shares.isEmpty()) {
			return null;
		}
		String question = shares.get(0).question();
		PublishedShare top = shares.stream().filter(s -> s.question().equals(question))
			.max(Comparator.comparingDouble(PublishedShare::share)).orElseThrow();
		return new LocalizedText(line(top, Locale.forLanguageTag("ar")), line(top, Locale.ENGLISH));
	}

	private static String line(PublishedShare s, Locale locale) {
		Formats formats = Formats.of(locale);
		return s.questionLabel().in(locale) + " — " + s.categoryLabel().in(locale) + ": "
				+ formats.percent(s.share() * 100, 0) + " (± " + formats.percent(s.marginOfError() * 100, 0) + ")";
	}
}
