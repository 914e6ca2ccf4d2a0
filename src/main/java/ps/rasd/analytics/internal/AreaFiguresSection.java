package ps.rasd.analytics.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.Order;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection.Rendered;
import ps.rasd.shared.spi.GovernoratePageSection;
import ps.rasd.shared.spi.PublicStatistics.Filter;
import ps.rasd.shared.spi.SectorPageSection;

/**
 * The published cases of a governorate or a sector in figures (open, resolved, share resolved), taken from the
 * dashboard for the same filter, so that a figure suppressed there (small or secondary) is suppressed here too and
 * no page gives away what another hides; with a link to that dashboard.
 */
final class AreaFiguresSection {

	private AreaFiguresSection() {
	}

	static Rendered render(Dashboards dashboards, Filter filter, String query, Locale locale) {
		Dashboards.Headline headline = dashboards.build(filter, locale).headline();
		return new Rendered("analytics/area", "section",
				Map.of("headline", headline, "dashboardUrl", "/dashboards?" + query));
	}

	/** On a governorate's page. */
	@Order(15)
	static class OnGovernorate implements GovernoratePageSection {

		private final Dashboards dashboards;

		OnGovernorate(Dashboards dashboards) {
			this.dashboards = dashboards;
		}

		@Override
		public Rendered render(String governorateCode, RasdPrincipal viewer, Locale locale) {
			return AreaFiguresSection.render(dashboards, new Filter(governorateCode, null, null, null, null),
					"governorate=" + governorateCode, locale);
		}
	}

	/** On a sector's page. */
	@Order(15)
	static class OnSector implements SectorPageSection {

		private final Dashboards dashboards;

		OnSector(Dashboards dashboards) {
			this.dashboards = dashboards;
		}

		@Override
		public Rendered render(String sectorCode, RasdPrincipal viewer, Locale locale) {
			return AreaFiguresSection.render(dashboards, new Filter(null, sectorCode, null, null, null),
					"sector=" + sectorCode, locale);
		}
	}
}
