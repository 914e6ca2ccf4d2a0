package ps.rasd.registry.internal;

import java.util.ArrayList;
import java.util.List;


import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.spi.SitemapSource;

/** Facilities, authorities and sectors are public pages. */
class RegistrySitemap implements SitemapSource {

	private final RegistryManagement registry;

	RegistrySitemap(RegistryManagement registry) {
		this.registry = registry;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/facilities", null));
		entries.add(new Entry("/authorities", null));
		entries.add(new Entry("/sectors", null));
		registry.sectors().stream().filter(s -> s.active()).forEach(s -> entries.add(new Entry("/sectors/" + s.code(), null)));
		for (AuthoritySummary a : registry.authorities()) {
			entries.add(new Entry("/authorities/" + a.id(), null));
		}
		for (int page = 0; page < 500; page++) {
			var result = registry.facilities(new FacilityQuery(null, null, null, null, null), page,
					RegistryManagement.MAX_PAGE_SIZE);
			for (FacilitySummary f : result.items()) {
				entries.add(new Entry("/facilities/" + f.id(), f.updatedAt()));
			}
			if (!result.hasNext()) {
				break;
			}
		}
		return entries;
	}
}
