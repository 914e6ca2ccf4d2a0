package ps.rasd.media.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.media.ArticleDraft;
import ps.rasd.media.ArticleKind;
import ps.rasd.media.ArticleView;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.MediaManagement;
import ps.rasd.media.PublicationDraft;
import ps.rasd.media.PublicationKind;
import ps.rasd.media.PublicationView;
import ps.rasd.shared.spi.DemoSeed;
import ps.rasd.shared.spi.PdfRenderer;

/** The website's pages and a few news posts of a fictional forum, each marked as demo content. */
class DemoMedia implements DemoSeed {

	private static final String MARK = "<p><em>محتوى تجريبي خيالي لأغراض العرض. / Fictional demo content.</em></p>";

	private final MediaManagement media;

	private final LibraryManagement library;

	private final PdfRenderer pdf;

	DemoMedia(MediaManagement media, LibraryManagement library, PdfRenderer pdf) {
		this.media = media;
		this.library = library;
		this.pdf = pdf;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void seed() {
		RasdPrincipal editor = new SystemPrincipal();
		if (media.list(ArticleKind.PAGE, editor, 0, 1).totalItems() > 0) {
			return;
		}
		for (List<String> page : PAGES) {
			publish(ArticleKind.PAGE, page, null, editor);
		}
		Instant day = Instant.parse("2026-11-02T08:00:00Z");
		for (List<String> post : NEWS) {
			publish(ArticleKind.NEWS, post, day, editor);
			day = day.plusSeconds(9 * 86_400L);
		}
		PublicationView study = library.create(new PublicationDraft("water-in-camps-2026", PublicationKind.STUDY,
				"انتظام ضخ المياه في ثلاثة مخيمات: دراسة رصدية", "Regularity of water supply in three camps",
				"منتدى شارك الشبابي (تجريبي); فريق الرصد", LocalDate.of(2026, 11, 10), "ar", "مياه, مخيمات",
				"WATER", "50, 45", "دراسة خيالية لأغراض العرض تعرض نتائج رصد ستة أشهر.",
				"A fictional study for the demo, with six months of monitoring.", "/findings\n/opinion-polls"), true,
				editor);
		library.upload(study.id(), new ByteArrayInputStream(pdf.render(studyXhtml(), true)), editor);
		library.publish(study.id(), editor);
	}

	/** A short Arabic study, drawn by the PDF renderer: its text goes into the search like any uploaded study's. */
	static String studyXhtml() {
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= 3; i++) {
			body.append("<h2>الفصل ").append(i).append("</h2>")
				.append("<p>رصد المتطوعون انقطاع المياه عن المنازل لأكثر من أربعة أيام متتالية في الأسبوع، ")
				.append("وأفادت الأسر بأنها تشتري المياه من الصهاريج بأسعار مرتفعة.</p>")
				.append("<p>توصي الدراسة مصلحة المياه بنشر جدول ضخ أسبوعي وإبلاغ السكان بأي تغيير.</p>");
		}
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"/>"
				+ "<style>body { font-family: 'Rasd Arabic', 'Rasd Latin'; font-size: 12pt; }</style></head><body>"
				+ "<h1>انتظام ضخ المياه في ثلاثة مخيمات</h1><p>دراسة خيالية لأغراض العرض.</p>" + body
				+ "</body></html>";
	}

	private void publish(ArticleKind kind, List<String> t, Instant at, RasdPrincipal editor) {
		ArticleView made = media.create(kind, new ArticleDraft(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4),
				"<p>" + t.get(5) + "</p>" + MARK, "<p>" + t.get(6) + "</p>" + MARK, t.get(7), t.get(8)), true, editor);
		media.publish(made.id(), at, editor);
	}

	// slug, title ar, title en, summary ar, summary en, body ar, body en, tags, links
	private static final List<List<String>> PAGES = List.of(
			List.of("about", "عن المنتدى", "About the forum",
					"منتدى شبابي يراقب الخدمات العامة في فلسطين ويُسمع صوت المواطنين لصانعي القرار.",
					"A youth forum that monitors public services in Palestine and carries citizens' voices to decision makers.",
					"يعمل المنتدى منذ تأسيسه مع متطوعين شباب في المحافظات لرصد جودة الخدمات العامة: الصحة والتعليم والمياه والكهرباء، ونشر النتائج ومتابعتها مع الجهات المسؤولة.",
					"Since it was founded the forum has worked with young volunteers in the governorates to monitor the quality of public services — health, education, water and electricity — and to publish and follow up the findings with the authorities.",
					"المنتدى", "/findings\n/dashboards"),
			List.of("mission", "الرسالة والرؤية", "Mission and vision", "خدمات عامة أفضل بمشاركة الشباب.",
					"Better public services, with young people taking part.",
					"رؤيتنا مجتمع فلسطيني يشارك شبابه في مساءلة مقدمي الخدمات. رسالتنا تمكين الشباب من الرصد والتوثيق والمناصرة.",
					"Our vision is a Palestinian society whose young people take part in holding service providers to account. Our mission is to equip them to monitor, document and advocate.",
					"", ""),
			List.of("history", "تاريخنا", "Our history", "", "",
					"بدأ المنتدى مبادرة صغيرة في عدد من المحافظات، ثم اتسع ليشمل شبكة من المتطوعين والشركاء.",
					"The forum began as a small initiative in a few governorates and grew into a network of volunteers and partners.",
					"", ""),
			List.of("board", "مجلس الإدارة", "The board", "", "",
					"تُنشر هنا أسماء أعضاء المجلس الذين وافقوا على نشرها.",
					"The names of board members who agreed to publish them are listed here.", "", ""),
			List.of("partners", "الشركاء", "Partners", "", "",
					"نعمل مع مؤسسات المجتمع المدني والبلديات ووسائل الإعلام المحلية.",
					"We work with civil-society organisations, municipalities and local media.", "", ""),
			List.of("contact", "اتصل بنا", "Contact", "", "",
					"للتواصل: info@example.org (عنوان تجريبي).", "Write to info@example.org (a demo address).", "", ""),
			List.of("join", "انضم إلينا", "Join us", "", "",
					"يمكنك التطوع مع فريق الرصد في محافظتك. تواصل مع منسق الفرع.",
					"You can volunteer with the monitoring team of your governorate. Contact the branch coordinator.",
					"", "/complaint"),
			List.of("donate", "ادعم عملنا", "Donate", "", "",
					"تُقبل التبرعات عبر حساب المنتدى المصرفي المعلن في التقرير السنوي.",
					"Donations are received through the forum's bank account published in the annual report.", "", ""));

	private static final List<List<String>> NEWS = List.of(
			List.of("youth-monitors-trained-hebron", "تدريب ٢٠ متطوعاً على رصد المراكز الصحية في الخليل",
					"20 volunteers trained to monitor health centres in Hebron",
					"اختتم المنتدى دورة تدريبية لمتطوعين جدد على بطاقة تقييم المراكز الصحية.",
					"The forum closed a training of new volunteers on the health-centre scorecard.",
					"شارك عشرون متطوعاً ومتطوعة في دورة من ثلاثة أيام على أدوات الرصد والتوثيق وأخلاقياته.",
					"Twenty volunteers took part in a three-day course on monitoring tools, documentation and its ethics.",
					"تدريب, صحة", "/findings"),
			List.of("water-study-launched", "إطلاق دراسة عن خدمات المياه في المخيمات",
					"Study on water services in camps launched",
					"نشر المنتدى دراسة عن انتظام ضخ المياه في ثلاثة مخيمات.",
					"The forum published a study on the regularity of water supply in three camps.",
					"تعرض الدراسة نتائج رصد استمر ستة أشهر، وتوصيات لمقدمي الخدمة.",
					"The study sets out six months of monitoring and recommendations for the providers.",
					"مياه, دراسات", "/library"),
			List.of("dialogue-with-municipality", "جلسة حوار مع بلدية بيت لحم حول النظافة",
					"Dialogue session with Bethlehem municipality on waste collection",
					"عرض متطوعو المنتدى نتائج الرصد على البلدية واتفقوا على متابعة شهرية.",
					"Volunteers presented the findings to the municipality and agreed a monthly follow-up.",
					"حضر الجلسة ممثلون عن البلدية ولجان الأحياء، ونوقشت الشكاوى المتكررة.",
					"Representatives of the municipality and neighbourhood committees attended and discussed repeated complaints.",
					"حوار, بلديات", "/findings"));
}
