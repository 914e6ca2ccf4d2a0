package ps.rasd.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.media.ArticleKind;
import ps.rasd.media.ArticleView;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.MediaManagement;
import ps.rasd.media.PublicationView;

/** The demo website as demo mode leaves it at start-up (the same context as the other demo tests). */
@SpringBootTest(properties = "rasd.demo=true")
@ActiveProfiles("test")
class DemoMediaTests {

	@Autowired
	MediaManagement media;

	@Autowired
	LibraryManagement library;

	@Autowired
	ps.rasd.media.ProductionManagement productions;

	@Test
	void theDemoForumHasMarkedMediaProductionsWithPerformancesAndReach() {
		var sketch = productions.page("empty-tank-sketch", null).orElseThrow();
		assertThat(sketch.production().demo()).isTrue();
		assertThat(sketch.production().summaryAr()).contains("تجريبي");
		assertThat(sketch.performanceAudience()).isEqualTo(235);
		assertThat(productions.page("clinic-queues-tv-report", null).orElseThrow().views()).isEqualTo(4300);
		assertThat(productions.list(null, null, 0, 50).items()).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(p -> assertThat(p.demo() || !p.slug().startsWith("empty-tank")).isTrue());
	}

	@Test
	void theDemoForumHasItsPagesNewsAndAStudyWhoseArabicTextWasExtracted() {
		assertThat(media.published(ArticleKind.PAGE, "about")).get().extracting(ArticleView::demo).isEqualTo(true);
		assertThat(media.latest(ArticleKind.PAGE, 20)).hasSize(8).allSatisfy(p -> assertThat(p.demo()).isTrue());
		assertThat(media.latest(ArticleKind.NEWS, 20)).hasSize(3);
		PublicationView study = library.readable("water-in-camps-2026", null).orElseThrow();
		assertThat(study.demo()).isTrue();
		assertThat(study.fileId()).isNotNull();
		assertThat(library.text(study.id())).contains("الصهاريج");
	}
}
