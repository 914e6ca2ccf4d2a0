package ps.rasd.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ps.rasd.analytics.internal.ReportWriter;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ReportFigures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PdfChecks;

/**
 * Not a test (no assertion, not run by the build): the time to print a 30-page Arabic report from figures already
 * collected, run by {@code bench/reports.sh}. Prints one line starting with {@code REPORT_BENCH}.
 */
@IntegrationTest
class ReportBenchmark {

	private static final int RUNS = 5;

	@Autowired
	ReportWriter writer;

	@Test
	void printsAThirtyPageArabicReport() {
		ReportRequest request = new ReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null,
				"ar");
		ReportFigures.Figures figures = figures(Integer.getInteger("stories", 100));
		byte[] pdf = writer.write(request, figures);
		long[] times = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			pdf = writer.write(request, figures);
			times[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(times);
		PdfChecks.screenshot(pdf, 5, "report-bench-page-6");
		System.out.println("REPORT_BENCH pages=" + PdfChecks.pages(pdf) + " bytes=" + pdf.length + " median_ms="
				+ times[RUNS / 2] + " max_ms=" + times[RUNS - 1] + " min_ms=" + times[0]);
	}

	private static ReportFigures.Figures figures(int stories) {
		List<ReportFigures.Count> statuses = List.of(
				new ReportFigures.Count("REFERRED", new LocalizedText("محالة إلى الجهة المسؤولة", "Referred"), 140),
				new ReportFigures.Count("IN_PROGRESS", new LocalizedText("قيد المعالجة", "In progress"), 80),
				new ReportFigures.Count("RESOLVED", new LocalizedText("أفادت الجهة بالحل", "Resolved"), 60),
				new ReportFigures.Count("CONFIRMED_FIXED", new LocalizedText("تأكد الحل", "Confirmed fixed"), 45));
		List<ReportFigures.Count> governorates = new ArrayList<>();
		for (String code : List.of("45", "50", "55", "60", "65", "70", "75", "80", "85", "90", "95")) {
			governorates.add(new ReportFigures.Count(code, null, 10 + Integer.parseInt(code) % 37));
		}
		List<ReportFigures.Count> sectors = List.of(new ReportFigures.Count("HEALTH", null, 120),
				new ReportFigures.Count("WATER", null, 90), new ReportFigures.Count("EDUCATION", null, 70));
		List<ReportFigures.Responsiveness> authorities = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			authorities.add(new ReportFigures.Responsiveness(new LocalizedText("مديرية الخدمات رقم " + i,
					"Services directorate " + i), 20 + i, 10 + i / 2, 3.5 + i % 7, i % 4));
		}
		List<ReportFigures.Story> list = new ArrayList<>();
		String story = "انقطعت المياه عن الحي منذ أسبوعين، واضطر السكان إلى شراء المياه من الصهاريج بأسعار مرتفعة. "
				+ "راجع الأهالي البلدية أكثر من مرة دون رد، ثم أحالت رصد الحالة إلى سلطة المياه التي أفادت بأن الخط "
				+ "الرئيسي بحاجة إلى إصلاح، وحددت موعدا للعمل خلال الشهر القادم. ";
		for (int i = 1; i <= stories; i++) {
			list.add(new ReportFigures.Story(String.format("RSD-2026-%06d", i), "انقطاع المياه في الحي رقم " + i,
					story + story, new LocalizedText("قيد المعالجة", "In progress")));
		}
		return new ReportFigures.Figures(statuses, 105, 4.5, governorates, sectors, authorities, list);
	}

}
