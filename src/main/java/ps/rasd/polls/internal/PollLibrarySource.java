package ps.rasd.polls.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.web.PollReport;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.LibrarySource;

/**
 * The polls with published results, offered to the publications library: taking one prints its published results as
 * the Arabic PDF report (the public page's results and methodology, nothing else) and describes it as a poll report.
 */
class PollLibrarySource implements LibrarySource {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final PollPublication publication;

	private final PollReport report;

	private final MessageSource messages;

	PollLibrarySource(PollPublication publication, PollReport report, MessageSource messages) {
		this.publication = publication;
		this.report = report;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "polls";
	}

	@Override
	public List<Offer> offers(RasdPrincipal reader, int limit) {
		return publication.publishedPolls().stream().limit(limit)
			.map(poll -> new Offer(poll.code(), poll.title(), report.day(poll)))
			.toList();
	}

	@Override
	public Optional<Document> document(String key, RasdPrincipal reader) {
		Optional<PollSummary> poll = publication.publishedPolls().stream().filter(p -> p.code().equals(key)).findFirst();
		return poll.flatMap(p -> report.pdf(p.code(), ARABIC).map(pdf -> new Document("POLL_REPORT",
				slug(p.code()), p.title(), messages.getMessage("polls.library.authors", null, ARABIC), report.day(p),
				"ar", null, List.of(), p.purpose(), List.of("/opinion-polls/" + p.code()), pdf)));
	}

	/** The poll's code as an address: lower-case Latin letters, digits and single hyphens. */
	static String slug(String code) {
		String slug = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return "poll-" + (slug.isEmpty() ? "report" : slug);
	}

}
