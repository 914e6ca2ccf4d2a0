package ps.rasd.advocacy.internal;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.InstrumentQuery;
import ps.rasd.shared.spi.SitemapSource;

/** The public list of laws and policies, the published instruments and campaigns. */
class AdvocacySitemap implements SitemapSource {

	private final AdvocacyManagement tracker;

	private final CampaignManagement campaigns;

	AdvocacySitemap(AdvocacyManagement tracker, CampaignManagement campaigns) {
		this.tracker = tracker;
		this.campaigns = campaigns;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/laws", null));
		tracker.list(InstrumentQuery.ALL, null, 0, 100).items()
			.forEach(i -> entries.add(new Entry(i.path(), i.updatedAt())));
		campaigns.list(null).forEach(c -> entries.add(new Entry(c.path(), c.updatedAt())));
		return entries;
	}
}
