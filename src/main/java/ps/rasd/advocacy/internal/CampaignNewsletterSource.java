package ps.rasd.advocacy.internal;

import java.util.Comparator;
import java.util.List;

import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.Outcome;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.NewsletterSource;

/**
 * The newsletter's campaign update: the published campaigns that changed last, each with its latest outcome (what
 * changed), or its goal while it has none.
 */
class CampaignNewsletterSource implements NewsletterSource {

	private final CampaignManagement campaigns;

	CampaignNewsletterSource(CampaignManagement campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public String block() {
		return CAMPAIGN;
	}

	@Override
	public List<Item> items(int limit) {
		return campaigns.list(null).stream().filter(CampaignView::published)
			.sorted(Comparator.comparing(CampaignView::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(limit)
			.map(this::item)
			.toList();
	}

	private Item item(CampaignView c) {
		List<Outcome> outcomes = campaigns.outcomes(c.id());
		LocalizedText detail = outcomes.isEmpty() ? text(c.goalAr(), c.goalEn())
				: text(outcomes.get(outcomes.size() - 1).text(), null);
		return new Item(new LocalizedText(c.titleAr(), c.titleEn()), detail, c.path(), c.governorateCode(),
				c.sectorCode(), c.updatedAt());
	}

	private static LocalizedText text(String ar, String en) {
		return ar == null || ar.isBlank() ? null : new LocalizedText(ar, en);
	}
}
