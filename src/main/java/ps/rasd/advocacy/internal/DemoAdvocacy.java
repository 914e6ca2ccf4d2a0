package ps.rasd.advocacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.CampaignDraft;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.Commitments;
import ps.rasd.advocacy.InstrumentDraft;
import ps.rasd.advocacy.InstrumentQuery;
import ps.rasd.advocacy.InstrumentView;
import ps.rasd.advocacy.MeetingDraft;
import ps.rasd.advocacy.MeetingView;
import ps.rasd.advocacy.PaperDraft;
import ps.rasd.advocacy.PaperKind;
import ps.rasd.advocacy.PositionPapers;
import ps.rasd.advocacy.Stance;
import ps.rasd.advocacy.TargetKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.spi.DemoSeed;

/**
 * Fictional instruments and a campaign, each marked as demo in its title and text: no number or date of a real law
 * is given (the numbers say "demo", the dates are relative to today), and every source says it is fictional.
 */
class DemoAdvocacy implements DemoSeed {

	private static final String MARK = " (تجريبي)";

	private static final String SOURCE = "مصدر خيالي لأغراض العرض / fictional source for the demo";

	private final AdvocacyManagement tracker;

	private final CampaignManagement campaigns;

	private final PositionPapers papers;

	private final Commitments commitments;

	private final RegistryManagement registry;

	private final Clock clock;

	DemoAdvocacy(AdvocacyManagement tracker, CampaignManagement campaigns, PositionPapers papers,
			Commitments commitments, RegistryManagement registry, Clock clock) {
		this.tracker = tracker;
		this.campaigns = campaigns;
		this.papers = papers;
		this.commitments = commitments;
		this.registry = registry;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void seed() {
		RasdPrincipal system = new SystemPrincipal();
		if (tracker.list(InstrumentQuery.ALL, system, 0, 1).totalItems() > 0) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), AccessFacts.ZONE);
		Long water = registry.authorities().stream().filter(a -> "WATER".equals(a.sectorCode())).findFirst()
			.map(AuthoritySummary::id).orElse(null);
		InstrumentView tariff = tracker.create(new InstrumentDraft("demo-water-tariff-regulation", "REGULATION",
				"نظام تعرفة المياه للمخيمات" + MARK, "Water tariff regulation for camps (demo)", "تجريبي-١", null,
				water, "WATER", "الحق في المياه؛ الحق في مستوى معيشي لائق", "Right to water; adequate living",
				"نظام خيالي لأغراض العرض يحدد تعرفة المياه وجدول الضخ في المخيمات.",
				"A fictional regulation for the demo, setting water tariffs and pumping schedules in camps.", null,
				Stance.AMEND, "نشر جدول ضخ أسبوعي ملزم.\nحد أدنى من المياه المجانية لكل أسرة.",
				"A binding weekly pumping schedule.\nA free minimum of water per household."), true, system);
		tracker.addStage(tariff.id(), "DRAFTED", today.minusDays(60), SOURCE, null, system);
		tracker.addStage(tariff.id(), "CONSULTATION", today.minusDays(20), SOURCE, null, system);
		tracker.publish(tariff.id(), true, system);
		InstrumentView budget = tracker.create(new InstrumentDraft("demo-youth-services-budget-line", "BUDGET_LINE",
				"بند موازنة خدمات الشباب في البلديات" + MARK, "Municipal youth services budget line (demo)", "تجريبي-٢",
				null, null, "EDUCATION", "الحق في المشاركة", "Right to participation",
				"بند موازنة خيالي لأغراض العرض.", "A fictional budget line for the demo.", null, Stance.SUPPORT,
				"إبقاء البند في موازنة العام القادم.", "Keep the line in next year's budget."), true, system);
		tracker.addStage(budget.id(), "PROPOSED", today.minusDays(30), SOURCE, null, system);
		tracker.publish(budget.id(), true, system);

		CampaignView campaign = campaigns.create(new CampaignDraft("demo-water-in-hebron", "مياه منتظمة في الخليل" + MARK,
				"Regular water in Hebron (demo)", "حملة خيالية لأغراض العرض: جدول ضخ منشور وملزم في مخيمات الخليل.",
				"A fictional campaign for the demo: a published, binding pumping schedule in Hebron's camps.",
				"نشر جدول الضخ.\nإصلاح الخطوط المعطلة.", "Publish the schedule.\nFix the broken lines.", "50", "WATER",
				today.minusDays(45), today.plusDays(120), true), true, system);
		campaigns.target(campaign.id(), TargetKind.INSTRUMENT, String.valueOf(tariff.id()), system);
		campaigns.target(campaign.id(), TargetKind.SECTOR, "WATER", system);
		if (water != null) {
			campaigns.target(campaign.id(), TargetKind.AUTHORITY, String.valueOf(water), system);
		}
		campaigns.addMilestone(campaign.id(), "ورقة موقف منشورة" + MARK, today.minusDays(10), system);
		campaigns.completeMilestone(campaign.id(), campaigns.milestones(campaign.id()).get(0).id(), true, system);
		campaigns.addMilestone(campaign.id(), "لقاء متابعة مع سلطة المياه" + MARK, today.plusDays(30), system);
		papers.write(campaign.id(), new PaperDraft(PaperKind.BRIEF, "ar", "موجز سياسات: جدول ضخ ملزم" + MARK,
				"# المشكلة\nورقة خيالية لأغراض العرض.\n\n# ما نطلبه\nجدول ضخ أسبوعي منشور."), system,
				Locale.forLanguageTag("ar"));
		MeetingView meeting = commitments.recordMeeting(campaign.id(), new MeetingDraft(today.minusDays(14), null,
				"مقر سلطة المياه (تجريبي)", water, null, "وفد الائتلاف (تجريبي)", "نشر جدول الضخ", null,
				"محضر خيالي لأغراض العرض."), system);
		commitments.commit(meeting.id(), null, water, "مدير دائرة المياه (تجريبي)", "نشر جدول الضخ على موقع السلطة",
				today.plusDays(7), system);
		campaigns.publish(campaign.id(), true, system);
	}
}
