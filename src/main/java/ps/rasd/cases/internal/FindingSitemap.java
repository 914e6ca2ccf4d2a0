package ps.rasd.cases.internal;

import java.util.ArrayList;
import java.util.List;


import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.PublicFinding;
import ps.rasd.shared.spi.SitemapSource;

/** Every published case in the sitemap. */
class FindingSitemap implements SitemapSource {

	private final PublicFindings cases;

	FindingSitemap(PublicFindings cases) {
		this.cases = cases;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (int page = 0; page < 250; page++) {
			var result = cases.publicFindings(null, null, page, CaseQueue.MAX_PAGE_SIZE);
			for (PublicFinding f : result.items()) {
				entries.add(new Entry("/findings/" + f.reference(), f.updatedAt()));
			}
			if (!result.hasNext()) {
				break;
			}
		}
		return entries;
	}
}
