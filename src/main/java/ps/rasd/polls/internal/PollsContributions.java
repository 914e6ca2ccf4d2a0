package ps.rasd.polls.internal;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import ps.rasd.forms.FormsManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.web.PollReport;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.LibrarySource;
import ps.rasd.shared.spi.NewsletterSource;
import ps.rasd.shared.spi.SearchSource;
import ps.rasd.shared.spi.SitemapSource;
import ps.rasd.shared.spi.WorkSection;
import ps.rasd.shared.spi.ShareableSource;

/**
 * What the polls module contributes to the others, in one listing: each class implements a {@code shared.spi}
 * contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class PollsContributions {

	/** Contributes: {@link SearchSource}. */
	@Bean
	PollSearchSource pollSearchSource(PollPublication publication, MessageSource messages) {
		return new PollSearchSource(publication, messages);
	}

	/** Contributes: {@link NewsletterSource} (the poll result card). */
	@Bean
	PollNewsletterSource pollNewsletterSource(PollPublication publication) {
		return new PollNewsletterSource(publication);
	}

	/** Contributes: {@link SitemapSource}. */
	@Bean
	PollsSitemap pollsSitemap(PollPublication publication) {
		return new PollsSitemap(publication);
	}

	/** Contributes: {@link DemoSeed}. */
	@Bean
	DemoPolls demoPolls(PollManagement polls, PollFieldwork fieldwork, FormsManagement forms,
			GeographyManagement geography, IdentityManagement identity, Clock clock,
			PlatformTransactionManager transactionManager, ps.rasd.polls.PollTargets targets,
			ps.rasd.polls.PollAnalysis analysis, ps.rasd.polls.PollPublication publication) {
		return new DemoPolls(polls, fieldwork, forms, geography, identity, clock, transactionManager, targets, analysis, publication);
	}

	/** Contributes: {@link LibrarySource} (a poll's published results as a report for the publications library). */
	@Bean
	PollLibrarySource pollLibrarySource(PollPublication publication, PollReport report, MessageSource messages) {
		return new PollLibrarySource(publication, report, messages);
	}

	/** Contributes: {@link WorkSection}. */
	@Bean
	PollWork pollWork(PollManagement polls) {
		return new PollWork(polls);
	}

	/** Contributes: {@link ShareableSource}. */
	@Bean
	PollShareables pollShareables(PollPublication publication) {
		return new PollShareables(publication);
	}
}
