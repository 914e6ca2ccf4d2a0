package ps.rasd.advocacy.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.Commitments;
import ps.rasd.advocacy.PositionPapers;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.EvidenceAccess;
import ps.rasd.shared.spi.NewsletterSource;
import ps.rasd.shared.spi.SearchSource;
import ps.rasd.shared.spi.SitemapSource;
import ps.rasd.shared.spi.ShareableSource;

/** Everything the advocacy module plugs into the rest of Rasd, in one listing. */
@Configuration(proxyBeanMethods = false)
class AdvocacyContributions {

	/** Published laws and policies in the search, with the text of their official PDF. */
	@Bean
	SearchSource instrumentSearchSource(AdvocacyManagement tracker, Clock clock) {
		return new InstrumentSearchSource(tracker, clock);
	}

	/** The published campaigns that changed last, with their latest outcome, for the newsletter. */
	@Bean
	NewsletterSource campaignNewsletterSource(CampaignManagement campaigns) {
		return new CampaignNewsletterSource(campaigns);
	}

	/** The official PDF of an instrument: anyone once it is published, the advocacy team before. */
	@Bean
	EvidenceAccess instrumentFileAccess(AdvocacyManagement tracker) {
		return new InstrumentFileAccess(tracker);
	}

	/** The public list of laws and policies, each published instrument and campaign in the sitemap. */
	@Bean
	SitemapSource advocacySitemap(AdvocacyManagement tracker, CampaignManagement campaigns) {
		return new AdvocacySitemap(tracker, campaigns);
	}

	/** Fictional instruments and a campaign, marked as demo, when {@code rasd.demo=true}. */
	@Bean
	DemoSeed demoAdvocacy(AdvocacyManagement tracker, CampaignManagement campaigns, PositionPapers papers,
			Commitments commitments, RegistryManagement registry, Clock clock) {
		return new DemoAdvocacy(tracker, campaigns, papers, commitments, registry, clock);
	}

	/** Published campaigns in the social-media kit. */
	@Bean
	ShareableSource campaignShareables(CampaignManagement campaigns) {
		return new CampaignShareables(campaigns);
	}
}
