package ps.rasd.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.media.ArticleDraft;
import ps.rasd.media.ArticleKind;
import ps.rasd.media.MediaManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

/**
 * An editor opens the kit, copies a post (a selectable field without JavaScript), downloads the share images (drawn
 * once, then answered 304 by their tag), plans the post in the calendar, posts it and imports its reach; nobody
 * else sees any of it.
 */
@IntegrationTest
class SocialWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	MediaManagement media;

	private RequestPostProcessor coordinator() {
		return user(users.loadUserByUsername(AccountFixtures.hebronCoordinator(identity).username()));
	}

	@Test
	void anEditorCopiesAPostDownloadsItsImagesAndPlansItInBothLanguages() {
		String slug = "kit-" + System.nanoTime();
		var news = media.create(ArticleKind.NEWS, new ArticleDraft(slug, "حملة توزيع المياه", "Water distribution",
				"وزعت البلدية المياه على الأحياء", "The municipality shared water out", "<p>نص</p>", null, "مياه", null),
				Principals.coordinator("50"));
		media.publish(news.id(), null, Principals.coordinator("50"));

		assertThat(mvc.get().uri("/editorial/social").with(coordinator()).locale(Locale.forLanguageTag("ar"))
			.exchange()).hasStatusOk().bodyText()
			.contains("عدّة التواصل الاجتماعي", "حملة توزيع المياه", "textarea readonly", "data-copy=",
					"/news/" + slug, "/editorial/social/news/" + slug + "/wide.png?language=ar", "واتساب", "#مياه");
		assertThat(mvc.get().uri("/editorial/social?type=news&lang=en").with(coordinator()).locale(Locale.ENGLISH).exchange())
			.hasStatusOk().bodyText().contains("Social-media kit", "Water distribution", "WhatsApp", "Plan it");

		var image = mvc.get().uri("/editorial/social/news/" + slug + "/wide.png?language=ar").with(coordinator())
			.exchange();
		assertThat(image).hasStatusOk().hasContentType("image/png");
		String etag = image.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(mvc.get().uri("/editorial/social/news/" + slug + "/wide.png?language=ar").with(coordinator())
			.header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
		assertThat(mvc.get().uri("/editorial/social/news/no-such/square.png").with(coordinator()).exchange())
			.hasStatus(404);

		assertThat(mvc.get().uri("/editorial/social/calendar/new?record=news:" + slug + "&platform=telegram&language=en")
			.with(coordinator()).exchange()).hasStatusOk().bodyText().contains("Water distribution", "#Rasd");
		var planned = mvc.post().uri("/editorial/social/calendar").with(coordinator()).with(csrf())
			.param("plannedOn", "2026-12-10").param("platform", "telegram").param("language", "en")
			.param("record", "news:" + slug).param("link", "").param("text", "Water distribution #Rasd").exchange();
		assertThat(planned).hasStatus3xxRedirection();
		String post = planned.getResponse().getRedirectedUrl();
		for (String to : new String[] { "DRAFTED", "APPROVED" }) {
			mvc.post().uri(post + "/move").with(coordinator()).with(csrf()).param("to", to).exchange();
		}
		var withoutAddress = mvc.post().uri(post + "/move").with(coordinator()).with(csrf()).param("to", "POSTED")
			.param("url", "t.me/x").exchange();
		assertThat(withoutAddress.getMvcResult().getFlashMap().get("problem")).isEqualTo("media.calendar.url-needed");
		assertThat(mvc.get().uri(post + "?lang=en").with(coordinator()).exchange()).bodyText().contains("Approved",
				"Posted: keep the post");
		mvc.post().uri(post + "/move").with(coordinator()).with(csrf()).param("to", "POSTED")
			.param("url", "https://t.me/rasd/41").exchange();
		assertThat(mvc.post().uri("/editorial/social/calendar/reach").multipart()
			.file(new MockMultipartFile("file", "telegram.csv", "text/csv",
					"Post link,Views,Shares\nhttps://t.me/rasd/41,812,9\n".getBytes(StandardCharsets.UTF_8)))
			.param("platform", "telegram").with(coordinator()).with(csrf()).exchange()).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/editorial/social/calendar?month=2026-12&view=list&lang=en").with(coordinator())
			.exchange()).hasStatusOk().bodyText()
			.contains("Water distribution #Rasd", "Posted", "812", "https://t.me/rasd/41");
		assertThat(mvc.get().uri("/editorial/social/calendar?month=2026-12").with(coordinator())
			.locale(Locale.forLanguageTag("ar")).exchange()).hasStatusOk().bodyText()
			.contains("رزنامة المحتوى", "تيليغرام · منشور", "السبت");
	}

	@Test
	void nobodyButEditorsOpensTheKitOrTheCalendar() {
		for (String page : new String[] { "/editorial/social", "/editorial/social/calendar",
				"/editorial/social/news/any/wide.png" }) {
			assertThat(mvc.get().uri(page).exchange()).hasStatus3xxRedirection();
			assertThat(mvc.get().uri(page)
				.with(user(users.loadUserByUsername(AccountFixtures.hebronMonitor(identity).username()))).exchange())
				.hasStatus(403);
		}
	}
}
