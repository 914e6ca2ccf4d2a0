package ps.rasd.registry.internal;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.domain.AuthorityRepository;
import ps.rasd.registry.domain.FacilityRepository;
import ps.rasd.registry.domain.FacilityTypeRepository;
import ps.rasd.registry.domain.RoutingRuleRepository;
import ps.rasd.registry.domain.SectorRepository;
import ps.rasd.shared.spi.CodeList;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.spi.SearchSource;
import ps.rasd.shared.spi.SitemapSource;

/**
 * What the registry module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class RegistryContributions {

	/** Contributes: {@link SitemapSource}. */
	@Bean
	RegistrySitemap registrySitemap(RegistryManagement registry) {
		return new RegistrySitemap(registry);
	}

	/** Contributes: {@link CodeList}. */
	@Bean
	AuthorityCodes authorityCodes(RegistryManagement registry) {
		return new AuthorityCodes(registry);
	}

	/** Contributes: {@link CodeList}. */
	@Bean
	SectorCodes sectorCodes(RegistryManagement registry) {
		return new SectorCodes(registry);
	}

	/** Contributes: {@link SearchSource}. */
	@Bean
	AuthoritySearchSource authoritySearchSource(AuthorityRepository authorities, RegistryManagement registry,
			MessageSource messages, PlatformTransactionManager transactions) {
		return new AuthoritySearchSource(authorities, registry, messages, transactions);
	}

	/** Contributes: {@link DemoSeed}. */
	@Bean
	DemoRegistry demoRegistry(GeographyManagement geography, SectorRepository sectors, FacilityTypeRepository types,
			AuthorityRepository authorities, FacilityRepository facilities, RoutingRuleRepository rules, Clock clock) {
		return new DemoRegistry(geography, sectors, types, authorities, facilities, rules, clock);
	}

	/** Contributes: {@link ExportSource}. */
	@Bean
	FacilityExportSource facilityExportSource(JdbcTemplate jdbc, GeographyManagement geography) {
		return new FacilityExportSource(jdbc, geography);
	}

	/** Contributes: {@link SearchSource}. */
	@Bean
	FacilitySearchSource facilitySearchSource(FacilityRepository facilities, RegistryManagement registry,
			GeographyManagement geography, MessageSource messages, PlatformTransactionManager transactions) {
		return new FacilitySearchSource(facilities, registry, geography, messages, transactions);
	}
}
