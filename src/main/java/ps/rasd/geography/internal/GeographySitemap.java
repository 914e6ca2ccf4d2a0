package ps.rasd.geography.internal;

import java.util.ArrayList;
import java.util.List;


import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.shared.spi.SitemapSource;

/** The governorates' pages. */
class GeographySitemap implements SitemapSource {

	private final GeographyManagement geography;

	GeographySitemap(GeographyManagement geography) {
		this.geography = geography;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/governorates", null));
		for (GovernorateSummary g : geography.governorates()) {
			entries.add(new Entry("/governorates/" + g.code(), null));
		}
		return entries;
	}
}
