package ps.rasd.polls.internal;

import java.util.ArrayList;
import java.util.List;


import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.spi.SitemapSource;

/** The public opinion-poll pages in the sitemap: the list and every poll with published results. */
class PollsSitemap implements SitemapSource {

	private final PollPublication publication;

	PollsSitemap(PollPublication publication) {
		this.publication = publication;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		List<PollSummary> polls = publication.publishedPolls();
		entries.add(new Entry("/opinion-polls", null));
		for (PollSummary p : polls) {
			entries.add(new Entry("/opinion-polls/" + p.code(), p.updatedAt()));
		}
		return entries;
	}
}
