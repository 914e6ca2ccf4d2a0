package ps.rasd.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.media.MediaFixtures;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.network.PersonId;
import ps.rasd.search.SearchFixtures;
import ps.rasd.search.SearchManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

/**
 * An editor describes a theatre sketch, uploads its video, names its team, records a performance and imports its
 * reach from a platform's CSV; a reader finds it on the media page and in the search, in both languages, plays the
 * video in parts, and sees only the team members who agreed to be named.
 */
@IntegrationTest
class ProductionWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	NetworkManagement network;

	@Autowired
	SearchManagement search;

	private RequestPostProcessor coordinator() {
		return user(users.loadUserByUsername(AccountFixtures.hebronCoordinator(identity).username()));
	}

	@Test
	void anEditorPublishesASketchWithItsVideoAndReadersWatchItInBothLanguages() {
		String slug = "sketch-" + System.nanoTime();
		PersonId named = network.create(PersonDetails.named("رنا الممثلة", "50"), Principals.admin()).id();
		network.consent(named, null, "contact,publish", true, Principals.admin());
		PersonId unnamed = network.create(PersonDetails.named("سامر بلا موافقة", "50"), Principals.admin()).id();

		var created = mvc.post().uri("/editorial/media").with(coordinator()).with(csrf()).param("slug", slug)
			.param("kindCode", "THEATRE").param("titleAr", "وصلة الصهريج الفارغ").param("titleEn", "The empty tank")
			.param("summaryAr", "وصلة مسرحية عن انقطاع المياه في الحارة").param("partner", "مسرح الحارة")
			.param("releasedOn", "2026-10-20").param("link", "").param("about", "").exchange();
		assertThat(created).hasStatus3xxRedirection();
		String editor = created.getResponse().getRedirectedUrl();
		assertThat(mvc.post().uri("/editorial/media").with(coordinator()).with(csrf()).param("slug", "Bad Slug")
			.param("kindCode", "THEATRE").param("titleAr", "عنوان باقٍ").exchange()).hasStatusOk().bodyText()
			.contains("عنوان باقٍ");

		byte[] video = MediaFixtures.mp4(64 * 1024);
		assertThat(mvc.post().uri(editor + "/file").multipart()
			.file(new MockMultipartFile("file", "sketch.mp4", "video/mp4", video)).with(coordinator()).with(csrf())
			.exchange()).hasStatus3xxRedirection();
		mvc.post().uri(editor + "/team").with(coordinator()).with(csrf()).param("personId", "" + named.value())
			.param("role", "تمثيل").exchange();
		mvc.post().uri(editor + "/team").with(coordinator()).with(csrf()).param("personId", "" + unnamed.value())
			.param("role", "إضاءة").exchange();
		mvc.post().uri(editor + "/performances").with(coordinator()).with(csrf()).param("venue", "مركز شباب الفوار")
			.param("performedOn", "2026-10-20").param("audience", "140").exchange();
		var imported = mvc.post().uri(editor + "/reach/import").multipart()
			.file(new MockMultipartFile("file", "export.csv", "text/csv",
					"Date,Views,Shares\n2026-10-21,900,12\nnot a day,1,1\n".getBytes(StandardCharsets.UTF_8)))
			.param("platform", "facebook").with(coordinator()).with(csrf()).exchange();
		assertThat(imported).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(editor).with(coordinator()).exchange()).bodyText()
			.contains("سامر بلا موافقة", "لا يُذكر اسمه", "video/mp4");
		assertThat(mvc.get().uri("/media/" + slug).exchange()).hasStatus(404);

		assertThat(mvc.post().uri(editor + "/publish").with(coordinator()).with(csrf()).exchange())
			.hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/media").exchange()).hasStatusOk().bodyText().contains("وصلة الصهريج الفارغ",
				"وصلة مسرحية");
		assertThat(mvc.get().uri("/media/" + slug).exchange()).hasStatusOk().bodyText()
			.contains("وصلة الصهريج الفارغ", "رنا الممثلة", "مركز شباب الفوار", "<video")
			.doesNotContain("سامر بلا موافقة");
		assertThat(mvc.get().uri("/media/" + slug + "?lang=en").exchange()).hasStatusOk().bodyText()
			.contains("The empty tank", "Theatre sketch", "Performances", "Views");
		var part = mvc.get().uri("/media/" + slug + "/file").header("Range", "bytes=0-99").exchange();
		assertThat(part).hasStatus(206).hasContentType("video/mp4");
		assertThat(part.getResponse().getContentAsByteArray()).hasSize(100);
		assertThat(mvc.get().uri("/sitemap.xml").exchange()).bodyText().contains("/media/" + slug);
		SearchFixtures.awaitIndexed(search);
		assertThat(mvc.get().uri("/search?q=انقطاع المياه في الحاره").exchange()).bodyText().contains("/media/" + slug);
	}
}
