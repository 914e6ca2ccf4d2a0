package ps.rasd.geography.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.domain.PlaceRepository;
import ps.rasd.shared.spi.CodeList;
import ps.rasd.shared.spi.GovernorateFacts;
import ps.rasd.shared.spi.SearchSource;
import ps.rasd.shared.spi.SitemapSource;

/**
 * What the geography module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class GeographyContributions {

	/** Contributes: {@link SitemapSource}. */
	@Bean
	GeographySitemap geographySitemap(GeographyManagement geography) {
		return new GeographySitemap(geography);
	}

	/** Contributes: {@link CodeList}. */
	@Bean
	GovernorateCodes governorateCodes(GeographyManagement geography) {
		return new GovernorateCodes(geography);
	}

	/** Contributes: {@link SearchSource}. */
	@Bean
	PlaceSearchSource placeSearchSource(PlaceRepository places, GeographyManagement geography, MessageSource messages,
			PlatformTransactionManager transactions) {
		return new PlaceSearchSource(places, geography, messages, transactions);
	}

	/** Contributes: {@link GovernorateFacts}. */
	@Bean
	GovernorateFactsSource governorateFactsSource(GeographyManagement geography) {
		return new GovernorateFactsSource(geography);
	}
}
