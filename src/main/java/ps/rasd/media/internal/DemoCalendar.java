package ps.rasd.media.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import ps.rasd.media.ContentCalendar;
import ps.rasd.media.PlannedPost;
import ps.rasd.media.PostStatus;
import ps.rasd.media.SocialPostView;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.spi.DemoSeed;

/** Four fictional posts in the content calendar around today, one at each step, marked as demo content. */
class DemoCalendar implements DemoSeed {

	private static final String MARK = " (منشور تجريبي خيالي)";

	private final ContentCalendar calendar;

	private final Clock clock;

	DemoCalendar(ContentCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 72;
	}

	@Override
	public void seed() {
		RasdPrincipal editor = new SystemPrincipal();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Hebron")));
		if (!calendar.between(today.minusYears(1), today.plusYears(1), editor).isEmpty()) {
			return;
		}
		SocialPostView posted = post(today.minusDays(1), "x", "production:empty-tank-sketch", "/media/empty-tank-sketch",
				"وصلة «الصهريج الفارغ» على مسرح الحارة: حين ينقطع الضخ تشتري الأسر المياه من الصهاريج.", editor);
		calendar.move(posted.id(), PostStatus.DRAFTED, null, editor);
		calendar.move(posted.id(), PostStatus.APPROVED, null, editor);
		calendar.move(posted.id(), PostStatus.POSTED, "https://example.org/demo/x/status/1", editor);
		calendar.reach(posted.id(), 5400L, 61L, 3900L, editor);
		SocialPostView approved = post(today, "facebook", "production:clinic-queues-tv-report",
				"/media/clinic-queues-tv-report", "تقريرنا عن طوابير العيادة الصباحية يُبث الليلة.", editor);
		calendar.move(approved.id(), PostStatus.DRAFTED, null, editor);
		calendar.move(approved.id(), PostStatus.APPROVED, null, editor);
		SocialPostView drafted = post(today.plusDays(1), "instagram", null, "/library",
				"من المكتبة: دراسة المياه في المخيمات، بالعربية والإنجليزية.", editor);
		calendar.move(drafted.id(), PostStatus.DRAFTED, null, editor);
		post(today.plusDays(3), "telegram", null, "", "فكرة: سلسلة أسئلة وأجوبة عن حق الوصول إلى المعلومات.", editor);
	}

	private SocialPostView post(LocalDate on, String platform, String record, String link, String text,
			RasdPrincipal editor) {
		return calendar.plan(new PlannedPost(on, platform, "ar", record, link, text + MARK), editor);
	}
}
