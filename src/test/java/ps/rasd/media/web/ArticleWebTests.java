package ps.rasd.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ps.rasd.search.SearchManagement;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.media.ArticleKind;
import ps.rasd.media.MediaManagement;
import ps.rasd.search.SearchFixtures;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/** An editor writes a post with a script in it, previews, saves and publishes; the public reads it in both languages. */
@IntegrationTest
class ArticleWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	MediaManagement media;

	@Autowired
	SearchManagement searchForIndex;

	private RequestPostProcessor coordinator() {
		return user(users.loadUserByUsername(AccountFixtures.hebronCoordinator(identity).username()));
	}

	@Test
	void anEditorPublishesAPostWhoseScriptIsStrippedAndTheWorldReadsIt() throws Exception {
		String slug = "clinic-" + System.nanoTime();
		String body = "<p>افتُتح المركز الصحي الجديد</p><script>alert('x')</script><p onmouseover=\"alert(1)\">تفاصيل</p>";
		var preview = mvc.post().uri("/editorial/articles?kind=NEWS").with(coordinator()).with(csrf())
			.param("slug", slug).param("titleAr", "افتتاح مركز صحي").param("titleEn", "Clinic opens")
			.param("bodyAr", body).param("bodyEn", "<p>The new clinic opened</p>").param("preview", "1").exchange();
		// the input stays in the form (escaped); the preview shows the safe part only
		assertThat(preview).hasStatusOk().bodyText().contains("<div class=\"prose\" lang=\"ar\" dir=\"rtl\"><p>افتُتح المركز الصحي الجديد</p><p>تفاصيل</p></div>")
			.doesNotContain("<script>alert", "<p onmouseover");

		var saved = mvc.post().uri("/editorial/articles?kind=NEWS").with(coordinator()).with(csrf())
			.param("slug", slug).param("titleAr", "افتتاح مركز صحي").param("titleEn", "Clinic opens")
			.param("summaryAr", "ملخص الخبر").param("bodyAr", body).param("bodyEn", "<p>The new clinic opened</p>")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri("/news/" + slug).exchange()).hasStatus(404);

		assertThat(mvc.post().uri(location + "/publish").with(coordinator()).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		String arabic = mvc.get().uri("/news/" + slug).exchange().getResponse().getContentAsString();
		assertThat(arabic).contains("افتتاح مركز صحي", "افتُتح المركز الصحي الجديد", "dir=\"rtl\"")
			.doesNotContain("alert(", "onmouseover");
		assertThat(mvc.get().uri("/news/" + slug + "?lang=en").exchange()).bodyText()
			.contains("Clinic opens", "The new clinic opened");
		assertThat(mvc.get().uri("/news").exchange()).bodyText().contains("افتتاح مركز صحي");
		assertThat(mvc.get().uri("/news?lang=en").exchange()).bodyText().contains("Clinic opens", "Forum news");
		assertThat(mvc.get().uri("/news/feed.atom").exchange()).hasStatusOk().bodyText()
			.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "/news/" + slug, "افتتاح مركز صحي");
		assertThat(mvc.get().uri("/sitemap.xml").exchange()).bodyText().contains("/news/" + slug);
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("افتتاح مركز صحي");
		SearchFixtures.awaitIndexed(searchForIndex);
		// found in another spelling: without the hamza and the vowel mark
		assertThat(mvc.get().uri("/search?q=" + "افتتح المركز الصحي").exchange()).bodyText()
			.contains("افتتاح مركز صحي");
	}

	@Test
	void thePublicAndNonEditorsCannotReachTheDesk() {
		assertThat(mvc.get().uri("/editorial").exchange().getResponse().getStatus()).isNotEqualTo(200);
		assertThat(mvc.post().uri("/editorial/articles?kind=NEWS").with(csrf()).param("slug", "x")
			.exchange().getResponse().getStatus()).isNotEqualTo(200);
		assertThat(mvc.get().uri("/editorial").with(coordinator()).exchange()).hasStatusOk().bodyText()
			.contains("مكتب التحرير");
		assertThat(mvc.get().uri("/editorial?lang=en").with(coordinator()).exchange()).bodyText()
			.contains("Editorial desk");
		assertThat(media.list(ArticleKind.NEWS, null, 0, 1)).isNotNull();
	}
}
