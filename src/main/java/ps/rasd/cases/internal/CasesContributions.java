package ps.rasd.cases.internal;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import ps.rasd.cases.AuthorityScorecards;
import ps.rasd.cases.CaseFollowUps;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CasesProperties;
import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.cases.domain.ReplyLinkRepository;
import ps.rasd.cases.domain.ReplyRepository;
import ps.rasd.cases.domain.ReporterRepository;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.spi.AuthorityPageSection;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.EvidenceAccess;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.spi.FacilityPageSection;
import ps.rasd.shared.spi.GovernoratePageSection;
import ps.rasd.shared.spi.HomePageSection;
import ps.rasd.shared.spi.NewsletterSource;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.spi.ReportFigures;
import ps.rasd.shared.spi.SearchSource;
import ps.rasd.shared.spi.SectorPageSection;
import ps.rasd.shared.spi.SitemapSource;
import ps.rasd.shared.spi.WorkSection;
import ps.rasd.shared.spi.ShareableSource;

/**
 * What the cases module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class CasesContributions {

	/** Contributes: {@link NewsletterSource} (the latest published findings). */
	@Bean
	FindingsNewsletterSource findingsNewsletterSource(PublicFindings cases) {
		return new FindingsNewsletterSource(cases);
	}

	/** Contributes: {@link AuthorityPageSection}. */
	@Bean
	AuthorityScorecardSection authorityScorecardSection(PublicFindings cases, AuthorityScorecards scorecards) {
		return new AuthorityScorecardSection(cases, scorecards);
	}

	/** Contributes: {@link SitemapSource}. */
	@Bean
	FindingSitemap findingSitemap(JdbcTemplate jdbc, Clock clock) {
		return new FindingSitemap(jdbc, clock);
	}

	/** Contributes: {@link FacilityPageSection}. */
	@Bean
	FacilityCasesSection facilityCasesSection(PublicFindings cases, AuthorityScorecards scorecards, CaseQueue queue,
			RegistryManagement registry) {
		return new FacilityCasesSection(cases, scorecards, queue, registry);
	}

	/** Contributes: {@link HomePageSection}. */
	@Bean
	LatestFindingsSection latestFindingsSection(PublicFindings cases) {
		return new LatestFindingsSection(cases);
	}

	/** Contributes: {@link ExportSource}. */
	@Bean
	AuthorityScorecardExportSource authorityScorecardExportSource(JdbcTemplate jdbc, RegistryManagement registry,
			GeographyManagement geography, Clock clock) {
		return new AuthorityScorecardExportSource(jdbc, registry, geography, clock);
	}

	/** Contributes: {@link DemoSeed}. */
	@Bean
	DemoCases demoCases(CaseFileRepository cases, ReporterRepository reporters, ReplyRepository replies,
			ReplyLinkRepository links, FollowUpRepository followUps, RegistryManagement registry,
			GeographyManagement geography, IdentityManagement identity, CasesProperties properties, Clock clock,
			PublicCounts counts) {
		return new DemoCases(cases, reporters, replies, links, followUps, registry, geography, identity, properties, clock,
				counts);
	}

	/** Contributes: {@link PublicStatistics}. */
	@Bean
	CasePublicStatistics casePublicStatistics(JdbcTemplate jdbc, Clock clock, PublicCounts counts) {
		return new CasePublicStatistics(jdbc, clock, counts);
	}

	/** Contributes: {@link SectorPageSection}. */
	@Bean
	SectorCasesSection sectorCasesSection(AreaCases cases) {
		return new SectorCasesSection(cases);
	}

	/** Contributes: {@link EvidenceAccess}. */
	@Bean
	CaseEvidenceAccess caseEvidenceAccess(CaseQueue cases) {
		return new CaseEvidenceAccess(cases);
	}

	/** Contributes: {@link SearchSource}. */
	@Bean
	CaseSearchSource caseSearchSource(CaseFileRepository cases, FollowUpRepository followUps,
			GeographyManagement geography, RegistryManagement registry, MessageSource messages,
			PlatformTransactionManager transactions) {
		return new CaseSearchSource(cases, followUps, geography, registry, messages, transactions);
	}

	/** Contributes: {@link ReportFigures}. */
	@Bean
	CaseReportFigures caseReportFigures(PublicFindings cases, AuthorityScorecards scorecards,
			RegistryManagement registry, MessageSource messages) {
		return new CaseReportFigures(cases, scorecards, registry, messages);
	}

	/** Contributes: {@link GovernoratePageSection}. */
	@Bean
	GovernorateCasesSection governorateCasesSection(AreaCases cases) {
		return new GovernorateCasesSection(cases);
	}

	/** Contributes: {@link ExportSource}. */
	@Bean
	CaseExportSource caseExportSource(JdbcTemplate jdbc, RegistryManagement registry, GeographyManagement geography,
			Clock clock) {
		return new CaseExportSource(jdbc, registry, geography, clock);
	}

	/** Contributes: {@link WorkSection}. */
	@Bean
	CaseWork caseWork(CaseQueue queue, CaseFollowUps followUps) {
		return new CaseWork(queue, followUps);
	}

	/** Contributes: {@link ShareableSource}. */
	@Bean
	FindingShareables findingShareables(PublicFindings cases) {
		return new FindingShareables(cases);
	}
}
