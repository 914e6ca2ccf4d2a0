package ps.rasd.analytics.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.Order;

import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.HomePageSection;

/** The headline figures on the home page: public cases by state, share resolved, median days to first reply, the
 * service quality index by sector, with links to the dashboards and the map. Small cells are suppressed. */
@Order(10)
class HeadlineSection implements HomePageSection {

	private final Dashboards dashboards;

	HeadlineSection(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@Override
	public Rendered render(Locale locale) {
		Dashboards.Dashboard dashboard = dashboards.headline(locale);
		Dashboards.Table quality = dashboard.tables().stream().filter(t -> t.id().equals("quality-by-sector"))
			.findFirst().orElseThrow();
		return new Rendered("analytics/headline", "section",
				Map.of("headline", dashboard.headline(), "quality", quality));
	}
}
