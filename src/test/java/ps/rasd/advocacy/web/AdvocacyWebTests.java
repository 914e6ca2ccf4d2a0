package ps.rasd.advocacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.advocacy.AdvocacyFixtures;
import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

/**
 * The advocacy desk and the public pages in Arabic and English: an analyst tracks a law through its stages and
 * publishes it, starts a campaign, records a meeting and a commitment; a form sent with a mistake comes back with
 * what was typed and the error beside the field.
 */
@IntegrationTest
@Transactional
class AdvocacyWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	NetworkManagement network;

	@Autowired
	RegistryManagement registry;

	@Autowired
	AdvocacyManagement tracker;

	@Autowired
	CampaignManagement campaigns;

	private RequestPostProcessor analyst() {
		String name = identity.createWithPassword(AccountFixtures.uniqueName("advocate"), new AccountDetails("باحثة",
				null, EnumSet.of(Role.ANALYST), Set.of()), AccountFixtures.PASSWORD).username();
		return user(users.loadUserByUsername(name));
	}

	@Test
	void aLawIsTrackedAndPublishedAndItsPublicPageReadsInBothLanguages() throws Exception {
		RequestPostProcessor analyst = analyst();
		String slug = "water-decree-" + System.nanoTime() % 100000;
		var created = mvc.post().uri("/advocacy/laws").with(analyst).with(csrf()).param("slug", slug)
			.param("kind", "DECREE_LAW").param("titleAr", "قرار بقانون بشأن المياه").param("titleEn", "Decree-law on water")
			.param("sectors", "WATER").param("stance", "AMEND").param("asksAr", "جدول ضخ منشور")
			.param("asksEn", "A published schedule").exchange();
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri("/laws/" + slug).exchange()).hasStatus(404);

		assertThat(mvc.post().uri(location + "/stages").with(analyst).with(csrf()).param("stage", "DRAFTED")
			.param("onDate", "2026-10-01").param("source", "الجريدة الرسمية").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri(location + "/publish").with(analyst).with(csrf()).param("published", "true").exchange())
			.hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/laws/" + slug).exchange()).hasStatusOk().bodyText()
			.contains("قرار بقانون بشأن المياه", "تعديل", "جدول ضخ منشور", "مسودة", "الجريدة الرسمية", "dir=\"rtl\"");
		assertThat(mvc.get().uri("/laws/" + slug + "?lang=en").exchange()).hasStatusOk().bodyText()
			.contains("Decree-law on water", "Amend", "A published schedule", "Drafted", "dir=\"ltr\"");
		assertThat(mvc.get().uri("/laws?sector=WATER&stage=DRAFTED&stance=AMEND").exchange()).bodyText()
			.contains("قرار بقانون بشأن المياه");
		assertThat(mvc.get().uri("/laws?stance=OPPOSE").exchange()).bodyText().doesNotContain("قرار بقانون بشأن المياه");
	}

	@Test
	void aFormWithAMistakeComesBackWithWhatWasTypedInBothLanguages() throws Exception {
		RequestPostProcessor analyst = analyst();
		var arabic = mvc.post().uri("/advocacy/laws").with(analyst).with(csrf()).param("slug", "Not A Slug")
			.param("kind", "LAW").param("titleAr", "نظام الكهرباء المكتوب").param("officialUrl", "javascript:alert(1)")
			.exchange();
		assertThat(arabic).hasStatusOk().bodyText().contains("نظام الكهرباء المكتوب", "Not A Slug", "field-error");

		String slug = "stage-" + System.nanoTime() % 100000;
		String location = mvc.post().uri("/advocacy/laws").with(analyst).with(csrf()).param("slug", slug)
			.param("kind", "LAW").param("titleAr", "قانون").exchange().getResponse().getRedirectedUrl();
		var stage = mvc.post().uri(location + "/stages?lang=en").with(analyst).with(csrf()).param("stage", "ADOPTED")
			.param("onDate", "2099-01-01").param("source", "").param("note", "typed note kept").exchange();
		assertThat(stage).hasStatusOk().bodyText().contains("typed note kept", "2099-01-01",
				"The date is required and cannot be in the future", "Give the stage");

		String campaign = mvc.post().uri("/advocacy/campaigns").with(analyst).with(csrf()).param("slug", "c-" + slug)
			.param("titleAr", "حملة المياه").param("goalAr", "هدف").param("governorateCode", "50")
			.param("_scorecardPublic", "on").exchange()
			.getResponse().getRedirectedUrl();
		assertThat(campaign).startsWith("/advocacy/campaigns/");
		var meeting = mvc.post().uri(campaign + "/meetings").with(analyst).with(csrf()).param("place", "")
			.param("minutes", "محضر مكتوب يبقى").exchange();
		assertThat(meeting).hasStatusOk().bodyText().contains("محضر مكتوب يبقى", "التاريخ مطلوب", "هذا الحقل مطلوب");
		assertThat(mvc.post().uri(campaign + "/meetings").with(analyst).with(csrf()).param("onDate", "2026-11-20")
			.param("place", "مقر الدائرة").exchange()).hasStatus3xxRedirection();
		var page = mvc.get().uri(campaign).with(analyst).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("مقر الدائرة", "commitment-form");
		var commitment = mvc.post().uri(campaign + "/commitments?lang=en").with(analyst).with(csrf())
			.param("meetingId", meetingId(page.getResponse().getContentAsString())).param("maker", "")
			.param("promise", "publish the pumping schedule").exchange();
		assertThat(commitment).hasStatusOk().bodyText().contains("publish the pumping schedule", "This field is required",
				"The date is required");
		assertThat(mvc.get().uri(campaign + "?lang=en&q=RSD-1999-000001").with(analyst).exchange()).hasStatusOk()
			.bodyText().contains("No citable record matches");
	}

	@Test
	void instrumentsSectorsAndAMeetingsBodyArePickedByNameWithAndWithoutHtmx() throws Exception {
		RequestPostProcessor analyst = analyst();
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		String body = registry.authority(point.authorityId()).name().ar();
		var law = tracker.create(AdvocacyFixtures.decreeLaw("pick-law-" + System.nanoTime() % 100000), false,
				Principals.analyst());
		String water = registry.sector("WATER").name().ar();
		String campaign = "/advocacy/campaigns/" + campaigns.create(AdvocacyFixtures.waterCampaign("pick-target-"
				+ System.nanoTime() % 100000), false, Principals.analyst()).id();

		// a tracked law by a word of its title, a service by its name: each found with a button to target it
		assertThat(mvc.get().uri(campaign + "?who=تعرفة").with(analyst).exchange()).hasStatusOk().bodyText()
			.contains("قرار بقانون بشأن تعرفة المياه (اختبار)", "data-pick=\"INSTRUMENT:" + law.id() + "\"");
		assertThat(mvc.get().uri(campaign + "/decision-makers?who=" + water).with(analyst).exchange()).hasStatusOk()
			.bodyText().contains("data-pick=\"SECTOR:WATER\"").doesNotContain("<html");
		assertThat(mvc.post().uri(campaign + "/targets").with(analyst).with(csrf()).param("kind", "INSTRUMENT")
			.param("ref", String.valueOf(law.id())).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri(campaign + "/targets").with(analyst).with(csrf()).param("kind", "SECTOR")
			.param("ref", "WATER").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(campaign).with(analyst).exchange()).bodyText()
			.contains("قرار بقانون بشأن تعرفة المياه (اختبار)", water);

		// the meeting's body is found by name (a plain form, or htmx), each a choice of the meeting form
		assertThat(mvc.get().uri(campaign + "?body=" + body).with(analyst).exchange()).hasStatusOk().bodyText()
			.contains("id=\"pick-body-" + point.authorityId() + "\"");
		assertThat(mvc.get().uri(campaign + "/bodies?body=" + body).with(analyst).exchange()).hasStatusOk()
			.bodyText().contains("form=\"meeting-form\"", "name=\"authorityId\"", body).doesNotContain("<html");
		assertThat(mvc.post().uri(campaign + "/meetings").with(analyst).with(csrf()).param("onDate", "2026-11-20")
			.param("place", "مقر الدائرة").param("authorityId", String.valueOf(point.authorityId())).exchange())
			.hasStatus3xxRedirection();
		String meeting = meetingId(mvc.get().uri(campaign).with(analyst).exchange().getResponse().getContentAsString());
		// its editor shows the body chosen, checked
		assertThat(mvc.get().uri("/advocacy/meetings/" + meeting + "/edit").with(analyst).exchange()).hasStatusOk()
			.bodyText().contains("id=\"body-" + point.authorityId() + "\"", body);
	}

	@Test
	void decisionMakersArePickedByNameAndMeetingsCommitmentsAndOutcomesAreCorrected() throws Exception {
		RequestPostProcessor analyst = analyst();
		var director = network.create(PersonDetails.named("وليد الشريف", "50"), Principals.coordinator("50"));
		var deputy = network.create(PersonDetails.named("وليد النتشة", "50"), Principals.coordinator("50"));
		String campaign = mvc.post().uri("/advocacy/campaigns").with(analyst).with(csrf())
			.param("slug", "pick-" + System.nanoTime() % 100000).param("titleAr", "حملة الاختيار").param("goalAr", "هدف")
			.param("governorateCode", "50").param("_scorecardPublic", "on").exchange().getResponse().getRedirectedUrl();

		// without JavaScript: the search is a plain form, each found person or body a button to target them
		assertThat(mvc.get().uri(campaign + "?who=وليد").with(analyst).exchange()).hasStatusOk().bodyText()
			.contains("وليد الشريف", "وليد النتشة", "data-pick=\"PERSON:" + director.id().value() + "\"");
		// with htmx: only the list
		assertThat(mvc.get().uri(campaign + "/decision-makers?who=الشريف").with(analyst).exchange()).hasStatusOk()
			.bodyText().contains("وليد الشريف", "id=\"target-picks\"").doesNotContain("وليد النتشة", "<html");
		assertThat(mvc.post().uri(campaign + "/targets").with(analyst).with(csrf()).param("kind", "PERSON")
			.param("ref", String.valueOf(director.id().value())).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(campaign).with(analyst).exchange()).bodyText().contains("وليد الشريف");

		// the people met are ticked from the search, as boxes of the meeting form
		assertThat(mvc.get().uri(campaign + "/people-met?met=وليد").with(analyst).exchange()).bodyText()
			.contains("form=\"meeting-form\"", "وليد الشريف", "وليد النتشة");
		assertThat(mvc.post().uri(campaign + "/meetings").with(analyst).with(csrf()).param("onDate", "2026-11-20")
			.param("place", "مقر الدائرة").param("people", String.valueOf(director.id().value()),
					String.valueOf(deputy.id().value())).exchange()).hasStatus3xxRedirection();
		String page = mvc.get().uri(campaign).with(analyst).exchange().getResponse().getContentAsString();
		String meeting = meetingId(page);
		assertThat(mvc.get().uri("/advocacy/meetings/" + meeting + "/edit").with(analyst).exchange()).hasStatusOk()
			.bodyText().contains("مقر الدائرة", "checked", "وليد الشريف", "وليد النتشة");
		assertThat(mvc.post().uri("/advocacy/meetings/" + meeting).with(analyst).with(csrf()).param("onDate", "2026-11-21")
			.param("place", "مقر البلدية").param("people", String.valueOf(director.id().value())).exchange())
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/advocacy/meetings/" + meeting + "?lang=en").with(analyst).with(csrf())
			.param("place", "").exchange()).hasStatusOk().bodyText().contains("The date is required");

		// the commitment's decision maker is chosen among those met; corrected, then deleted before any status
		assertThat(mvc.post().uri(campaign + "/commitments").with(analyst).with(csrf()).param("meetingId", meeting)
			.param("personId", String.valueOf(director.id().value())).param("maker", "المدير")
			.param("promise", "نشر الجدول").param("dueOn", "2026-12-20").exchange()).hasStatus3xxRedirection();
		page = mvc.get().uri(campaign).with(analyst).exchange().getResponse().getContentAsString();
		assertThat(page).contains("مقر البلدية").doesNotContain("مقر الدائرة");
		var edit = Pattern.compile("/advocacy/commitments/(\\d+)/edit").matcher(page);
		assertThat(edit.find()).isTrue();
		String commitment = "/advocacy/commitments/" + edit.group(1);
		assertThat(mvc.get().uri(commitment + "/edit").with(analyst).exchange()).hasStatusOk().bodyText()
			.contains("نشر الجدول", "وليد الشريف");
		assertThat(mvc.post().uri(commitment).with(analyst).with(csrf()).param("version", "0").param("meetingId", meeting)
			.param("maker", "مدير الدائرة").param("promise", "نشر جدول الضخ").param("dueOn", "2026-12-27").exchange())
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri(campaign).with(analyst).exchange()).bodyText().contains("نشر جدول الضخ");
		assertThat(mvc.post().uri(commitment + "/delete").with(analyst).with(csrf()).param("version", "1").exchange())
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri(campaign).with(analyst).exchange()).bodyText().doesNotContain("نشر جدول الضخ");

		// an outcome corrected, then deleted
		mvc.post().uri(campaign + "/outcomes").with(analyst).with(csrf()).param("kind", "POLICY_ADOPTED")
			.param("text", "نُشر الجدول").param("source", "موقع الدائرة").param("onDate", "2026-11-25").exchange();
		page = mvc.get().uri(campaign).with(analyst).exchange().getResponse().getContentAsString();
		var outcome = Pattern.compile("(/advocacy/campaigns/\\d+/outcomes/\\d+)/edit").matcher(page);
		assertThat(outcome.find()).isTrue();
		assertThat(mvc.get().uri(outcome.group(1) + "/edit").with(analyst).exchange()).hasStatusOk().bodyText()
			.contains("نُشر الجدول", "موقع الدائرة");
		assertThat(mvc.post().uri(outcome.group(1)).with(analyst).with(csrf()).param("kind", "SERVICE_FIXED")
			.param("text", "انتظم الضخ").param("source", "").param("onDate", "2026-11-25").exchange()).hasStatusOk()
			.bodyText().contains("انتظم الضخ", "field-error");
		assertThat(mvc.post().uri(outcome.group(1)).with(analyst).with(csrf()).param("kind", "SERVICE_FIXED")
			.param("text", "انتظم الضخ").param("source", "زيارة").param("onDate", "2026-11-25").exchange())
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri(campaign).with(analyst).exchange()).bodyText().contains("انتظم الضخ");
		assertThat(mvc.post().uri(outcome.group(1) + "/delete").with(analyst).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri(campaign).with(analyst).exchange()).bodyText().doesNotContain("انتظم الضخ");
	}

	private static String meetingId(String html) {
		var m = Pattern.compile("name=\"meetingId\"><option value=\"(\\d+)\"").matcher(html);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
