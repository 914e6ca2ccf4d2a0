package ps.rasd.polls.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.spi.SitemapSource;

/** The public opinion-poll pages in the sitemap: the list and every poll with published results. */
@Component
class PollsSitemap implements SitemapSource {

	private final PollAnalysis analysis;

	PollsSitemap(PollAnalysis analysis) {
		this.analysis = analysis;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		List<PollSummary> polls = analysis.publishedPolls();
		entries.add(new Entry("/opinion-polls", null));
		for (PollSummary p : polls) {
			entries.add(new Entry("/opinion-polls/" + p.code(), p.updatedAt()));
		}
		return entries;
	}
}
