package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.PdfRenderer;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class LibraryManagementTests {

	@Autowired
	LibraryManagement library;

	@Autowired
	PdfRenderer pdf;

	private final RasdPrincipal editor = Principals.coordinator("50");

	static PublicationDraft study(String slug) {
		return new PublicationDraft(slug, PublicationKind.STUDY, "المياه في المخيمات", "Water in camps",
				"منتدى شارك الشبابي; ليلى حسن", LocalDate.of(2026, 11, 10), "ar", "مياه, مخيمات", "WATER", "50, 45",
				"ملخص الدراسة", null, "/findings\njavascript:x");
	}

	static byte[] arabicStudy(PdfRenderer pdf) {
		return MediaFixtures.arabicStudy(pdf);
	}

	@Test
	void anArabicPdfIsCheckedAndItsTextExtracted() {
		PublicationView made = library.create(study("water-" + System.nanoTime()), false, editor);
		assertThatThrownBy(() -> library.publish(made.id(), editor)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "media.publication.no-file");

		PublicationView withFile = library.upload(made.id(), new ByteArrayInputStream(arabicStudy(pdf)), editor);

		assertThat(withFile.pages()).isEqualTo(1);
		assertThat(withFile.fileId()).isNotNull();
		assertThat(library.text(made.id())).contains("الصهاريج", "مرتفعة", "المياه");
		assertThat(withFile.links()).containsExactly("/findings");
		assertThatThrownBy(() -> library.upload(made.id(),
				new ByteArrayInputStream("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)), editor))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void aDraftIsHiddenAndDownloadsOfThePublishedPdfAreCounted() {
		PublicationView made = library.create(study("count-" + System.nanoTime()), false, editor);
		library.upload(made.id(), new ByteArrayInputStream(arabicStudy(pdf)), editor);
		assertThat(library.readable(made.slug(), null)).isEmpty();
		assertThatThrownBy(() -> library.download(made.slug(), true, null)).isInstanceOf(NotFoundException.class);
		assertThat(library.list(LibraryQuery.ALL, null, 0, 50).items()).extracting(PublicationView::id)
			.doesNotContain(made.id());

		library.publish(made.id(), editor);
		library.download(made.slug(), true, null);
		library.download(made.slug(), true, null);
		library.download(made.slug(), false, null);

		assertThat(library.readable(made.slug(), null).orElseThrow().downloads()).isEqualTo(2);
		assertThat(library.list(new LibraryQuery(PublicationKind.STUDY, 2026, "ar", "مياه", "45"), null, 0, 50)
			.items()).extracting(PublicationView::id).contains(made.id());
		assertThat(library.list(new LibraryQuery(PublicationKind.POLL_REPORT, null, null, null, null), null, 0, 50)
			.items()).extracting(PublicationView::id).doesNotContain(made.id());
	}

	@Test
	void citationsNameAuthorsYearAndAddress() {
		PublicationView made = library.create(study("cite-" + System.nanoTime()), false, editor);
		String bib = Citations.bibtex(made, "رصد", "https://rasd.example");
		assertThat(bib).startsWith("@techreport{cite_").contains("author = {منتدى شارك الشبابي and ليلى حسن}",
				"year = {2026}", "url = {https://rasd.example/library/" + made.slug() + "}");
		String ris = Citations.ris(made, "رصد", "https://rasd.example");
		assertThat(ris).startsWith("TY  - RPRT\r\n").contains("AU  - ليلى حسن\r\n", "PY  - 2026\r\n")
			.endsWith("ER  - \r\n");
	}

	@Test
	void onlyEditorsDescribePublications() {
		assertThatThrownBy(() -> library.create(study("x-" + System.nanoTime()), false, Principals.analyst()))
			.isInstanceOf(ForbiddenException.class);
	}
}
