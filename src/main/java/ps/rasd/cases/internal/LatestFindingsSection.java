package ps.rasd.cases.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.Order;

import ps.rasd.cases.PublicFindings;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.HomePageSection;

/** The latest published findings on the home page: their published titles, linked to their pages. */
@Order(20)
class LatestFindingsSection implements HomePageSection {

	static final int LATEST = 5;

	private final PublicFindings cases;

	LatestFindingsSection(PublicFindings cases) {
		this.cases = cases;
	}

	@Override
	public Rendered render(Locale locale) {
		return new Rendered("cases/latest", "section",
				Map.of("findings", cases.latestFindings(null, null, LATEST)));
	}
}
