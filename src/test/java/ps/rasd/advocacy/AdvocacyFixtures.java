package ps.rasd.advocacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.forms.FormsManagement;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollSummary;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.support.PollFixtures;
import ps.rasd.support.Principals;

/** The evidence an advocacy test cites, made through the real facades of the other modules. */
public final class AdvocacyFixtures {

	private AdvocacyFixtures() {
	}

	public static InstrumentDraft decreeLaw(String slug) {
		return new InstrumentDraft(slug, "DECREE_LAW", "قرار بقانون بشأن تعرفة المياه (اختبار)", "Water tariff decree-law (test)",
				"٥", LocalDate.of(2026, 3, 1), null, "WATER, HEALTH", "الحق في المياه", "Right to water",
				"ينظم تعرفة المياه.", "Sets water tariffs.", "https://example.org/gazette/5", Stance.AMEND,
				"جدول ضخ أسبوعي منشور\nحد أدنى مجاني", "A published weekly schedule\nA free minimum");
	}

	public static CampaignDraft waterCampaign(String slug) {
		return new CampaignDraft(slug, "مياه منتظمة في الخليل", "Regular water in Hebron", "جدول ضخ ملزم", "A binding schedule",
				"نشر جدول الضخ", "Publish the schedule", "50", "WATER", LocalDate.of(2026, 11, 1), null, true);
	}

	/** A water utility of Hebron and a facility it runs. */
	public static FacilitySummary hebronWaterPoint(RegistryManagement registry) {
		RasdPrincipal admin = Principals.admin();
		AuthoritySummary utility = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.UTILITY,
				new LocalizedText("دائرة مياه الخليل " + UUID.randomUUID().toString().substring(0, 6), "Hebron Water Department"),
				"50", "WATER", null, null, null, 14), admin);
		return registry.createFacility(new FacilityDetails(new LocalizedText("نقطة مياه الحاووز", "Hawouz water point"),
				"PRIMARY_HEALTH_CENTRE", utility.id(), "50", null, 31.53, 35.09, null, FacilityStatus.OPEN), admin);
	}

	/** A verified case at the facility, published with a redacted title; gives its reference. */
	public static String publishedCase(CaseIntake intake, CaseWorkflow workflow, CasePublication publication,
			FacilitySummary facility, String publicTitle) {
		RasdPrincipal coordinator = Principals.coordinator("50");
		String ref = intake.file(new NewCase("انقطاع المياه", "قالت أمل إن المياه مقطوعة منذ أسبوع، هاتفها 0599123456",
				null, null, facility.id(), null, null, null), new ReporterDetails("أمل", "0599123456", null, false,
						false, "ar"), CaseSource.PUBLIC, null, null).summary().reference();
		var verified = workflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes("ملاحظة داخلية", null), coordinator);
		publication.publication(ref, verified.version(), Tier.PUBLIC, null, publicTitle,
				"المياه مقطوعة عن الحي منذ أسبوع.", coordinator);
		return ref;
	}

	/** A poll of sixty interviews with its free-expression question published alone. */
	public static PollSummary publishedPoll(PollManagement polls, FormsManagement forms, PollFieldwork fieldwork,
			PollPublication publication) {
		RasdPrincipal analyst = Principals.analyst();
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		for (int i = 0; i < 60; i++) {
			var answers = PollFixtures.answers("50", i % 3 == 0 ? "male" : "female", 20 + i % 40, "urban", 1 + i % 5);
			answers.put("free_expression", i % 5 < 2 ? "yes" : "no");
			fieldwork.interview(poll.id(), UUID.randomUUID().toString(), answers, Instant.now().minusSeconds(300 + i),
					analyst);
		}
		publication.publish(poll.id(), "free_expression", null, analyst);
		return poll;
	}
}
