package ps.rasd.advocacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

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

	private static String meetingId(String html) {
		var m = java.util.regex.Pattern.compile("name=\"meetingId\"><option value=\"(\\d+)\"").matcher(html);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
