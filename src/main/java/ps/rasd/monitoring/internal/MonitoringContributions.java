package ps.rasd.monitoring.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.forms.FormsManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.RoundPlanning;
import ps.rasd.monitoring.domain.VisitRepository;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.spi.AuthorityPageSection;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.EvidenceAccess;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.spi.FacilityPageSection;
import ps.rasd.shared.spi.GovernoratePageSection;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.spi.SectorPageSection;
import ps.rasd.shared.spi.WorkSection;

/**
 * What the monitoring module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class MonitoringContributions {

	/** Contributes: {@link EvidenceAccess}. */
	@Bean
	VisitEvidenceAccess visitEvidenceAccess(MonitoringManagement monitoring) {
		return new VisitEvidenceAccess(monitoring);
	}

	/** Contributes: {@link FacilityPageSection}. */
	@Bean
	FacilityScoresSection facilityScoresSection(MonitoringManagement monitoring, RegistryManagement registry,
			FormsManagement forms) {
		return new FacilityScoresSection(monitoring, registry, forms);
	}

	/** Contributes: {@link SectorPageSection}. */
	@Bean
	SectorScoresSection sectorScoresSection(AreaScores scores) {
		return new SectorScoresSection(scores);
	}

	/** Contributes: {@link ExportSource}. */
	@Bean
	VisitExportSource visitExportSource(JdbcTemplate jdbc, RegistryManagement registry, GeographyManagement geography,
			Clock clock) {
		return new VisitExportSource(jdbc, registry, geography, clock);
	}

	/** Contributes: {@link AuthorityPageSection}. */
	@Bean
	AuthorityScoresSection authorityScoresSection(AreaScores scores) {
		return new AuthorityScoresSection(scores);
	}

	/** Contributes: {@link DemoSeed}. */
	@Bean
	DemoVisits demoVisits(VisitRepository visits, ps.rasd.monitoring.domain.RoundRepository rounds,
			ps.rasd.monitoring.domain.AssignmentRepository assignments, RegistryManagement registry,
			FormsManagement forms, IdentityManagement identity, GeographyManagement geography, Clock clock) {
		return new DemoVisits(visits, rounds, assignments, registry, forms, identity, geography, clock);
	}

	/** Contributes: {@link GovernoratePageSection}. */
	@Bean
	GovernorateScoresSection governorateScoresSection(AreaScores scores) {
		return new GovernorateScoresSection(scores);
	}

	/** Contributes: {@link PublicStatistics}. */
	@Bean
	VisitPublicStatistics visitPublicStatistics(JdbcTemplate jdbc, Clock clock,
			ps.rasd.registry.RegistryManagement registry) {
		return new VisitPublicStatistics(jdbc, clock, registry);
	}

	/** Contributes: {@link WorkSection}. */
	@Bean
	MonitoringWork monitoringWork(MonitoringManagement monitoring, RoundPlanning rounds, RegistryManagement registry) {
		return new MonitoringWork(monitoring, rounds, registry);
	}
}
