package ps.rasd.freedoms.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.freedoms.FreedomsFigures;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.FreedomsProperties;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.freedoms.FreedomsVocabularies;
import ps.rasd.freedoms.domain.EventRepository;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.EvidenceAccess;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.spi.ReportSection;
import ps.rasd.shared.spi.SearchSource;
import ps.rasd.shared.spi.SitemapSource;
import ps.rasd.shared.spi.WorkSection;

/**
 * Everything the freedoms module plugs into the rest of Rasd, in one listing (search, sitemap, open data, the
 * periodic report, evidence access, demo content). Every contribution carries only the
 * redacted copies that were published (never an internal narrative, never a sealed identity).
 */
@Configuration(proxyBeanMethods = false)
class FreedomsContributions {

	/** Published copies in the search index (title, redacted text, place names); unpublished events are removed. */
	@Bean
	SearchSource freedomsSearchSource(FreedomsPublication publication, FreedomsVocabularies vocabularies,
			GeographyManagement geography) {
		return new EventSearchSource(publication, vocabularies, geography);
	}

	/** The public list, figures and every public copy in the sitemap. */
	@Bean
	SitemapSource freedomsSitemap(JdbcTemplate jdbc, Clock clock) {
		return new EventSitemap(jdbc, clock);
	}

	/** Published copies as open data: CSV with HXL, XLSX, GeoJSON with coarsened points. */
	@Bean
	ExportSource freedomsExportSource(JdbcTemplate jdbc, FreedomsVocabularies vocabularies,
			GeographyManagement geography, FreedomsProperties properties, Clock clock) {
		return new EventExportSource(jdbc, vocabularies, geography, properties, clock);
	}

	/** A section of the periodic report (PDF): the public figures of the period, small counts withheld. */
	@Bean
	ReportSection freedomsReportSection(FreedomsFigures figures, FreedomsVocabularies vocabularies,
			GeographyManagement geography) {
		return new EventReportSection(figures, vocabularies, geography);
	}

	/** An event's files: for whoever reads the event in full. */
	@Bean
	EvidenceAccess freedomsEvidenceAccess(FreedomsManagement freedoms) {
		return new EvidenceAccess() {

			@Override
			public String subjectType() {
				return FreedomsManagement.SUBJECT;
			}

			@Override
			public boolean maySee(String subjectId, ps.rasd.shared.RasdPrincipal viewer) {
				return viewer != null && freedoms.readsInFull(subjectId, viewer);
			}
		};
	}

	/** Fictional, clearly marked events in every state, under {@code RASD_DEMO=true}. */
	@Bean
	DemoSeed freedomsDemoSeed(FreedomsManagement freedoms, FreedomsPublication publication, EventRepository events) {
		return new DemoEvents(freedoms, publication, events);
	}

	/** Contributes: {@link WorkSection}. */
	@Bean
	FreedomsWork freedomsWork(FreedomsManagement freedoms) {
		return new FreedomsWork(freedoms);
	}
}
