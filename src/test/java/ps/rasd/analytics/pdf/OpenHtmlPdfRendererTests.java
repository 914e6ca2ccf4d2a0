package ps.rasd.analytics.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ps.rasd.support.PdfChecks;

/** The renderer alone: Arabic joined and in logical order, Latin in its own embedded font, numbers left to right. */
class OpenHtmlPdfRendererTests {

	private final OpenHtmlPdfRenderer renderer = new OpenHtmlPdfRenderer();

	private static String page(String body) {
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\" lang=\"ar\"><head><style>"
				+ "body { font-family: 'Rasd Arabic', 'Rasd Latin'; font-size: 14pt; }</style></head><body>" + body
				+ "</body></html>";
	}

	@Test
	void arabicComesBackInLogicalOrderWithEveryFontEmbedded() {
		byte[] pdf = renderer.render(page("<p>تقرير الرصد الدوري لمحافظة الخليل</p>"
				+ "<p>ونرجو الرد قبل 2026/12/14.</p>"
				+ "<p>Rasd report RSD-2026-000001 <b>عريض</b></p>"), true);

		String text = PdfChecks.text(pdf);
		assertThat(text).contains(PdfChecks.normalize("تقرير الرصد الدوري لمحافظة الخليل"), "RSD-2026-000001",
				"Rasd report",
				"2026/12/14");
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.screenshot(pdf, 0, "pdf-renderer-ar");
	}

}
