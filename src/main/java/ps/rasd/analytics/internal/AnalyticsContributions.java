package ps.rasd.analytics.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.analytics.ReportManagement;
import ps.rasd.shared.spi.GovernoratePageSection;
import ps.rasd.shared.spi.LibrarySource;
import ps.rasd.shared.spi.HomePageSection;
import ps.rasd.shared.spi.SectorPageSection;

/**
 * What the analytics module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class AnalyticsContributions {

	/** Contributes: {@link HomePageSection}. */
	@Bean
	HeadlineSection headlineSection(Dashboards dashboards) {
		return new HeadlineSection(dashboards);
	}

	/** Contributes: {@link GovernoratePageSection}. */
	@Bean
	AreaFiguresSection.OnGovernorate areaFiguresOnGovernorate(Dashboards dashboards) {
		return new AreaFiguresSection.OnGovernorate(dashboards);
	}

	/** Contributes: {@link LibrarySource} (the finished periodic reports, for the publications library). */
	@Bean
	ReportLibrarySource reportLibrarySource(ReportManagement reports, MessageSource messages) {
		return new ReportLibrarySource(reports, messages);
	}

	/** Contributes: {@link SectorPageSection}. */
	@Bean
	AreaFiguresSection.OnSector areaFiguresOnSector(Dashboards dashboards) {
		return new AreaFiguresSection.OnSector(dashboards);
	}
}
