package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SearchableChanged;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
@RecordApplicationEvents
class MediaManagementTests {

	@Autowired
	MediaManagement media;

	@Autowired
	ApplicationEvents events;

	private final RasdPrincipal editor = Principals.coordinator("50");

	static ArticleDraft draft(String slug, String body) {
		return new ArticleDraft(slug, "عن المنتدى", "About", "ملخص", null, body, null, "مياه, صحة",
				"/findings\njavascript:alert(1)\nhttps://example.org/x");
	}

	private static String slug() {
		return "post-" + System.nanoTime();
	}

	@Test
	void keepsOnlySafeHtmlAndEveryRevision() {
		ArticleView made = media.create(ArticleKind.NEWS, draft(slug(),
				"<p onclick=\"steal()\">نص <strong>مهم</strong></p><script>alert(1)</script>"
						+ "<a href=\"javascript:alert(2)\">رابط</a><style>body{display:none}</style>"
						+ "<img src=\"/news/covers/1\" onerror=\"x()\">"), editor);

		assertThat(made.bodyAr()).contains("<strong>مهم</strong>").doesNotContain("script", "onclick", "javascript",
				"style", "onerror", "display");
		assertThat(made.links()).containsExactly("/findings", "https://example.org/x");
		assertThat(made.tags()).containsExactly("مياه", "صحة");
		assertThat(made.published()).isFalse();

		ArticleView saved = media.save(made.id(), made.version(), draft(made.slug(), "<p>نص ثانٍ</p>"), editor);
		assertThat(saved.revision()).isEqualTo(2);
		assertThat(media.revisions(made.id(), editor)).extracting(RevisionView::revision).containsExactly(2, 1);
		ArticleView restored = media.restore(made.id(), 1, editor);
		assertThat(restored.revision()).isEqualTo(3);
		assertThat(restored.bodyAr()).contains("مهم");
		assertThat(events.stream(SearchableChanged.class)).hasSize(3);
	}

	@Test
	void aDraftIsReadByEditorsOnlyAndPublishingShowsItToEveryone() {
		ArticleView made = media.create(ArticleKind.PAGE, draft(slug(), "<p>نص</p>"), editor);

		assertThat(media.published(ArticleKind.PAGE, made.slug())).isEmpty();
		assertThat(media.readable(ArticleKind.PAGE, made.slug(), Principals.analyst())).isEmpty();
		assertThat(media.readable(ArticleKind.PAGE, made.slug(), Principals.coordinator("45"))).isPresent();
		assertThat(media.list(ArticleKind.PAGE, null, 0, 50).items()).extracting(ArticleView::id)
			.doesNotContain(made.id());

		media.publish(made.id(), null, editor);
		assertThat(media.published(ArticleKind.PAGE, made.slug())).isPresent();
		assertThat(media.list(ArticleKind.PAGE, null, 0, 50).items()).extracting(ArticleView::id)
			.contains(made.id());

		media.withdraw(made.id(), editor);
		assertThat(media.published(ArticleKind.PAGE, made.slug())).isEmpty();
	}

	@Test
	void aPostScheduledForLaterIsNotPublicBeforeItsTime() {
		ArticleView made = media.create(ArticleKind.NEWS, draft(slug(), "<p>غداً</p>"), editor);
		media.publish(made.id(), Instant.now().plus(1, ChronoUnit.DAYS), editor);

		assertThat(media.published(ArticleKind.NEWS, made.slug())).isEmpty();
		assertThat(media.latest(ArticleKind.NEWS, 50)).extracting(ArticleView::id).doesNotContain(made.id());
		assertThat(media.readable(ArticleKind.NEWS, made.slug(), editor)).isPresent();
	}

	@Test
	void onlyEditorsWriteAndTwoSavesOfOneRevisionConflict() {
		assertThatThrownBy(() -> media.create(ArticleKind.NEWS, draft(slug(), "<p>x</p>"), Principals.analyst()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> media.create(ArticleKind.NEWS, draft(slug(), "<p>x</p>"), null))
			.isInstanceOf(ForbiddenException.class);
		ArticleView made = media.create(ArticleKind.NEWS, draft(slug(), "<p>x</p>"), Principals.admin());
		media.save(made.id(), made.version(), draft(made.slug(), "<p>y</p>"), editor);
		assertThatThrownBy(() -> media.save(made.id(), made.version(), draft(made.slug(), "<p>z</p>"), editor))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> media.create(ArticleKind.NEWS, draft(made.slug(), "<p>x</p>"), editor))
			.isInstanceOf(ConflictException.class);
	}
}
