package ps.rasd.media.internal;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import ps.rasd.media.ContentCalendar;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.MediaManagement;
import ps.rasd.media.ProductionManagement;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.HomePageSection;
import ps.rasd.shared.spi.PdfRenderer;
import ps.rasd.shared.spi.SearchSource;
import ps.rasd.shared.spi.ShareableSource;
import ps.rasd.shared.spi.SitemapSource;

/** Everything the media module plugs into the rest of Rasd, in one listing. */
@Configuration(proxyBeanMethods = false)
class MediaContributions {

	/** Published pages and news posts in the search. */
	@Bean
	SearchSource articleSearchSource(MediaManagement media, Clock clock,
			MessageSource messages) {
		return new ArticleSearchSource(media, clock, messages);
	}

	/** Published publications in the search, with the text of their PDFs. */
	@Bean
	SearchSource publicationSearchSource(LibraryManagement library, Clock clock,
			MessageSource messages) {
		return new PublicationSearchSource(library, clock, messages);
	}

	/** Published media productions in the search. */
	@Bean
	SearchSource productionSearchSource(ProductionManagement productions, Clock clock, MessageSource messages) {
		return new ProductionSearchSource(productions, clock, messages);
	}

	/** The "about" band and the latest news on the home page, first of the home page's sections. */
	@Bean
	@Order(5)
	HomePageSection newsHomeSection(MediaManagement media) {
		return new NewsHomeSection(media);
	}

	/** Public pages, news and lists in the sitemap. */
	@Bean
	SitemapSource mediaSitemap(MediaManagement media, LibraryManagement library, ProductionManagement productions) {
		return new MediaSitemap(media, library, productions);
	}

	/** Fictional pages, news posts and a study (its PDF drawn by the PDF renderer), marked as such, when {@code rasd.demo=true}. */
	@Bean
	DemoSeed demoMedia(MediaManagement media, LibraryManagement library, PdfRenderer pdf) {
		return new DemoMedia(media, library, pdf);
	}

	/** Three fictional media productions (a sketch with performances, a TV report with reach, a podcast), marked. */
	@Bean
	DemoSeed demoProductions(ProductionManagement productions) {
		return new DemoProductions(productions);
	}

	/** Published news posts in the social-media kit. */
	@Bean
	ShareableSource newsShareables(MediaManagement media) {
		return MediaShareables.news(media);
	}

	/** Published publications in the social-media kit. */
	@Bean
	ShareableSource publicationShareables(LibraryManagement library) {
		return MediaShareables.publications(library);
	}

	/** Published productions in the social-media kit. */
	@Bean
	ShareableSource productionShareables(ProductionManagement productions) {
		return MediaShareables.productions(productions);
	}

	/** Four fictional posts in the content calendar around today, marked. */
	@Bean
	DemoSeed demoCalendar(ContentCalendar calendar, Clock clock) {
		return new DemoCalendar(calendar, clock);
	}
}
