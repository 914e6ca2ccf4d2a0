package ps.rasd.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.media.ArticleKind;
import ps.rasd.media.ArticleView;
import ps.rasd.media.ContentCalendar;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.MediaManagement;
import ps.rasd.media.PostStatus;
import ps.rasd.media.PublicationView;
import ps.rasd.media.SocialKit;
import ps.rasd.media.SocialPostView;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

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

	@Autowired
	ContentCalendar calendar;

	@Autowired
	SocialKit kit;

	@Test
	void theDemoCalendarHasAPostAtEachStepAndTheKitOffersTheDemoRecords() {
		RasdPrincipal editor = Principals.coordinator("50");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Hebron"));
		var posts = calendar.between(today.minusYears(1), today.plusYears(1), editor);
		assertThat(posts).extracting(SocialPostView::status).contains(PostStatus.values());
		assertThat(posts).allSatisfy(p -> assertThat(p.text()).contains("تجريبي"));
		assertThat(posts).filteredOn(p -> p.status() == PostStatus.POSTED).singleElement()
			.satisfies(p -> assertThat(p.views()).isEqualTo(5400));
		assertThat(kit.latest("production", 50, editor)).extracting(k -> k.record().key())
			.contains("empty-tank-sketch");
		assertThat(kit.latest("publication", 50, editor)).extracting(k -> k.record().key())
			.contains("water-in-camps-2026");
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
