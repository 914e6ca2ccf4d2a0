package ps.rasd.analytics.pdf;

import org.junit.jupiter.api.Test;

/**
 * Not a test (run by {@code bench/letter-pdf.sh}, each mode in a fresh JVM): how long the first letter-like PDF takes
 * in a cold JVM, without and with the warm-up the application runs in the background once it is ready.
 * Prints {@code PDF_BENCH mode=… construct_ms=… warmup_ms=… first_ms=… second_ms=…}.
 */
class PdfColdStartBenchmark {

	static final String LETTER = "<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\"><head><style>"
			+ "body{font-family:'Rasd Arabic','Rasd Latin';font-size:12.5pt} .l{font-family:'Rasd Latin';direction:ltr}"
			+ "</style></head><body><h1>رصد</h1><p>إلى: مديرية صحة الخليل</p><p><b>الموضوع: إحالة البلاغ RSD-2026-000123</b></p>"
			+ "<p>تحية طيبة وبعد، نحيل إليكم البلاغ المرفق ونرجو الرد قبل ١٥ كانون الأول ٢٠٢٦.</p>"
			+ "<p>المياه مقطوعة عن المركز الصحي في دورا منذ أسبوع، والمرضى يشترون الماء من خارجه.</p>"
			+ "<p class=\"l\">https://rasd.example.org/reply/c/4K-7QXM2HBT</p></body></html>";

	@Test
	void firstLetter() {
		String mode = System.getProperty("mode", "cold");
		long t0 = System.nanoTime();
		OpenHtmlPdfRenderer renderer = new OpenHtmlPdfRenderer(false);
		long construct = ms(t0);
		long warm = "warm".equals(mode) ? renderer.warmUp() : 0;
		long t1 = System.nanoTime();
		renderer.render(LETTER, true);
		long first = ms(t1);
		long t2 = System.nanoTime();
		renderer.render(LETTER, true);
		long second = ms(t2);
		System.out.println("PDF_BENCH mode=" + mode + " construct_ms=" + construct + " warmup_ms=" + warm
				+ " first_ms=" + first + " second_ms=" + second);
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
