package ps.rasd.geography.internal;

import java.util.List;


import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.spi.GovernorateFacts;

/** The governorates for maps in modules that may not import geography. */
class GovernorateFactsSource implements GovernorateFacts {

	private final GeographyManagement geography;

	GovernorateFactsSource(GeographyManagement geography) {
		this.geography = geography;
	}

	@Override
	public List<Governorate> governorates() {
		return geography.governorates().stream()
			.map(g -> new Governorate(g.code(), g.ochaPcode(), g.name(), g.population2017()))
			.toList();
	}
}
