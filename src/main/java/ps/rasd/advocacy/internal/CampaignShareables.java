package ps.rasd.advocacy.internal;

import java.util.List;

import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ShareableSource;

/** Published campaigns for the social-media kit: title, goal and the public campaign page. */
class CampaignShareables implements ShareableSource {

	private final CampaignManagement campaigns;

	CampaignShareables(CampaignManagement campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public String type() {
		return "campaign";
	}

	@Override
	public List<Shareable> latest(int limit) {
		return campaigns.list(null).stream().filter(CampaignView::published).limit(limit).map(this::shareable).toList();
	}

	private Shareable shareable(CampaignView c) {
		LocalizedText goal = c.goalAr() == null || c.goalAr().isBlank() ? null
				: new LocalizedText(c.goalAr(), c.goalEn());
		return new Shareable(type(), c.slug(), new LocalizedText(c.titleAr(), c.titleEn()), goal, c.path(), List.of(),
				null, c.publishedAt() == null ? c.updatedAt() : c.publishedAt());
	}
}
