package ps.rasd.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ps.rasd.search.SearchManagement;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.MediaFixtures;
import ps.rasd.search.SearchFixtures;
import ps.rasd.shared.spi.PdfRenderer;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/**
 * An editor describes a study, uploads its Arabic PDF and publishes it; a reader finds it by a phrase inside it
 * written in another spelling, reads its page in both languages, cites it and downloads it (counted).
 */
@IntegrationTest
class LibraryWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	LibraryManagement library;

	@Autowired
	SearchManagement searchForIndex;

	private RequestPostProcessor coordinator() {
		return user(users.loadUserByUsername(AccountFixtures.hebronCoordinator(identity).username()));
	}

	@Test
	void aStudyUploadedInArabicIsFoundByAPhraseInsideItInAnotherSpelling() throws Exception {
		String slug = "study-" + System.nanoTime();
		var created = mvc.post().uri("/editorial/library").with(coordinator()).with(csrf()).param("slug", slug)
			.param("kind", "STUDY").param("titleAr", "دراسة المياه في المخيمات").param("titleEn", "Water in camps")
			.param("authors", "منتدى شارك; ليلى حسن").param("issuedOn", "2026-11-10").param("language", "ar")
			.param("topics", "مياه").exchange();
		assertThat(created).hasStatus3xxRedirection();
		String editor = created.getResponse().getRedirectedUrl();

		MockMultipartFile file = new MockMultipartFile("file", "study.pdf", "application/pdf",
				MediaFixtures.arabicStudy(pdf));
		assertThat(mvc.post().uri(editor + "/file").multipart().file(file).with(coordinator()).with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/library/" + slug).exchange()).hasStatus(404);
		assertThat(mvc.post().uri(editor + "/publish").with(coordinator()).with(csrf()).exchange())
			.hasStatus3xxRedirection();

		SearchFixtures.awaitIndexed(searchForIndex);
		// the study says «الصهاريج بأسعار مرتفعة»: found without the hamza and with ه for ة
		assertThat(mvc.get().uri("/search?q=صهاريج باسعار مرتفعه").exchange()).bodyText()
			.contains("دراسة المياه في المخيمات", "/library/" + slug);

		assertThat(mvc.get().uri("/library").exchange()).hasStatusOk().bodyText().contains("دراسة المياه في المخيمات");
		assertThat(mvc.get().uri("/library?kind=POLL_REPORT").exchange()).bodyText()
			.doesNotContain("دراسة المياه في المخيمات");
		assertThat(mvc.get().uri("/library/" + slug).exchange()).bodyText()
			.contains("منتدى شارك; ليلى حسن (2026). دراسة المياه في المخيمات", "cite.bib", "cite.ris");
		assertThat(mvc.get().uri("/library/" + slug + "?lang=en").exchange()).bodyText()
			.contains("Water in camps", "How to cite", "Downloads");
		assertThat(mvc.get().uri("/library/" + slug + "/cite.bib").exchange()).bodyText().contains("@techreport");

		var download = mvc.get().uri("/library/" + slug + "/file").exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
		var part = mvc.get().uri("/library/" + slug + "/file").header("Range", "bytes=4-9").exchange();
		assertThat(part).hasStatus(206);
		assertThat(part.getResponse().getContentAsByteArray()).hasSize(6);
		assertThat(library.readable(slug, null).orElseThrow().downloads()).isEqualTo(1);
	}
}
