package ps.rasd.polls.internal;

import java.util.List;

import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.spi.ShareableSource;

/** Polls with published results for the social-media kit: title, purpose and the public results page. */
class PollShareables implements ShareableSource {

	private final PollPublication publication;

	PollShareables(PollPublication publication) {
		this.publication = publication;
	}

	@Override
	public String type() {
		return "poll";
	}

	@Override
	public List<Shareable> latest(int limit) {
		return publication.publishedPolls().stream().limit(limit).map(this::shareable).toList();
	}

	private Shareable shareable(PollSummary p) {
		return new Shareable(type(), p.code(), p.title(), p.purpose(), "/opinion-polls/" + p.code(), List.of(), null,
				p.updatedAt());
	}
}
