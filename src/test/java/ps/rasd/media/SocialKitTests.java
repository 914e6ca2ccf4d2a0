package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/**
 * The kit offers what was just published, with a post for every platform within its limit and share images; the
 * calendar takes a post from idea to posted and reads its reach from the platform's export.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class SocialKitTests {

	@Autowired
	SocialKit kit;

	@Autowired
	ContentCalendar calendar;

	@Autowired
	MediaManagement media;

	private final RasdPrincipal editor = Principals.coordinator("50");

	private ArticleView publishedNews(String slug) {
		String summary = "تابع المرصد انتظام ضخ المياه في ثمانية مخيمات خلال ستة أشهر، ووجد أن الأسر تشتري المياه من "
				+ "الصهاريج بأسعار مرتفعة حين ينقطع الضخ أكثر من ثلاثة أيام، وأن الشكاوى لم تلق ردًا في معظمها. "
				+ "وأوصى التقرير البلديات ووكالة الغوث بجدول ضخ معلن وبخط ساخن للشكاوى يرد خلال يومين.";
		ArticleView made = media.create(ArticleKind.NEWS, new ArticleDraft(slug, "المياه في المخيمات",
				"Water in the camps", summary, "Six months of monitoring water in eight camps.", "<p>نص</p>", null,
				"مياه, مخيمات", null), editor);
		return media.publish(made.id(), null, editor);
	}

	@Test
	void offersAPublishedNewsPostWithAPostForEveryPlatformWithinItsLimit() throws IOException {
		String slug = "water-" + System.nanoTime();
		publishedNews(slug);

		SocialKit.Kit news = kit.latest("news", 50, editor).stream().filter(k -> k.record().key().equals(slug))
			.findFirst().orElseThrow();

		assertThat(news.url()).endsWith("/news/" + slug);
		assertThat(news.posts()).hasSize(2 * PostText.PLATFORMS.size());
		assertThat(news.posts()).allSatisfy(p -> {
			assertThat(p.length()).isLessThanOrEqualTo(p.limit());
			assertThat(p.text()).endsWith(news.url());
		});
		assertThat(news.in("ar")).first().satisfies(x -> {
			assertThat(x.platform()).isEqualTo("x");
			assertThat(x.text()).startsWith("المياه في المخيمات").contains("#مياه", "#رصد").contains("…");
		});
		assertThat(news.in("en").get(1).text()).startsWith("Water in the camps\nSix months").contains("#Rasd");
		assertThat(kit.types()).contains("finding", "poll", "news", "publication", "production", "activity",
				"campaign");

		var image = kit.image("news", slug, "square", Locale.ENGLISH, editor).orElseThrow();
		assertThat(ImageIO.read(new ByteArrayInputStream(image.png())).getWidth()).isEqualTo(1080);
		assertThat(kit.image("news", slug, "square", Locale.ENGLISH, editor).orElseThrow().etag())
			.isEqualTo(image.etag());
		assertThat(kit.image("news", slug, "wide", Locale.ENGLISH, editor).orElseThrow().etag())
			.isNotEqualTo(image.etag());
		assertThatThrownBy(() -> kit.latest(null, 10, Principals.monitor(7, "50")))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aPostGoesFromIdeaToPostedAndItsReachIsReadFromTheExport() {
		LocalDate day = LocalDate.of(2026, 12, 10);
		SocialPostView idea = calendar.plan(new PlannedPost(day, "x", "ar", "news:water", "", "فكرة عن المياه"), editor);
		SocialPostView other = calendar.plan(new PlannedPost(day, "facebook", "ar", "", "", "منشور فيسبوك"), editor);
		assertThatThrownBy(() -> calendar.edit(idea.id(), idea.version() + 1,
				new PlannedPost(day, "x", "ar", "", "", "نص"), editor)).isInstanceOf(ConflictException.class);

		calendar.move(idea.id(), PostStatus.DRAFTED, null, editor);
		calendar.move(idea.id(), PostStatus.APPROVED, null, editor);
		calendar.move(idea.id(), PostStatus.POSTED, "https://x.com/rasd/status/1", editor);
		calendar.move(other.id(), PostStatus.DRAFTED, null, editor);
		calendar.move(other.id(), PostStatus.APPROVED, null, editor);
		calendar.move(other.id(), PostStatus.POSTED, "https://www.facebook.com/rasd/posts/9", editor);

		ReachImport x = calendar.importReach("x", csv("Tweet permalink,impressions,retweets\n"
				+ "https://x.com/rasd/status/1?s=20,\"1,250\",17\nhttps://x.com/rasd/status/2,4,0\n"), editor);
		ReachImport facebook = calendar.importReach("facebook", csv("Date,Reach,Shares\n2026-12-10,340,3\n"), editor);

		assertThat(x.imported()).isEqualTo(1);
		assertThat(x.bad()).singleElement().satisfies(b -> assertThat(b.code()).isEqualTo("media.calendar.no-such-post"));
		assertThat(facebook.imported()).isEqualTo(1);
		assertThat(calendar.month(YearMonth.of(2026, 12), editor)).extracting(SocialPostView::platform,
				SocialPostView::status, SocialPostView::views, SocialPostView::audience)
			.contains(Tuple.tuple("x", PostStatus.POSTED, 1250L, null),
					Tuple.tuple("facebook", PostStatus.POSTED, null, 340L));
		assertThatThrownBy(() -> calendar.month(YearMonth.of(2026, 12), Principals.analyst()))
			.isInstanceOf(ForbiddenException.class);
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
