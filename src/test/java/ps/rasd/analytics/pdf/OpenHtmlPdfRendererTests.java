package ps.rasd.analytics.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import ps.rasd.support.PdfChecks;

/** The renderer alone: Arabic joined and in logical order, Latin in its own embedded font, numbers left to right. */
class OpenHtmlPdfRendererTests {

	private final OpenHtmlPdfRenderer renderer = new OpenHtmlPdfRenderer(false);

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


	@Test
	void figuresInArabicIndicDigitsAreDrawnWithTheReportsAndLettersStyles() throws Exception {
		for (String css : new String[] { "pdf/report.css", "pdf/letter.css" }) {
			String style;
			try (var in = new org.springframework.core.io.ClassPathResource(css).getInputStream()) {
				style = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			String figures = "<table class=\"figures\"><tr><td><div class=\"value\">٢٫٥</div></td></tr></table>"
					+ "<table><tr><td class=\"num\">١٢٫٥</td><td class=\"num\">30.5</td></tr></table>"
					+ "<p class=\"reference\">RSD-٢٠٢٦-٠٠٠٠١٢</p><p>٠١٢٣٤٥٦٧٨٩ ٣٠٫٧٪ ١٬٢٠٠ 0123456789 30.7%</p>";
			byte[] pdf = renderer.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\" lang=\"ar\"><head>"
					+ "<style>" + style + "</style></head><body>" + figures + "</body></html>", true);

			String text = PdfChecks.text(pdf);
			assertThat(text).as("%s: a glyph the font lacks prints as #", css).doesNotContain("#");
			assertThat(text).contains("٢٫٥", "١٢٫٥", "30.5", "٠١٢٣٤٥٦٧٨٩", "0123456789");
			PdfChecks.screenshot(pdf, 0, "pdf-digits-" + css.substring(4, css.length() - 4));
		}
	}

	@Test
	void pdfBoxFindsNoGlyphSubstitutionToApplyAndTheTextReadsTheSame() throws Exception {
		byte[] font;
		try (var in = new org.springframework.core.io.ClassPathResource("fonts/NotoSans-Regular.ttf").getInputStream()) {
			font = in.readAllBytes();
		}
		try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(font.clone()));
				TrueTypeFont after = new TTFParser()
					.parse(new RandomAccessReadBuffer(OpenHtmlPdfRenderer.withoutGlyphSubstitution(font.clone())))) {
			assertThat(before.getGsubData()).isNotEqualTo(GsubData.NO_DATA_FOUND);
			assertThat(after.getGsubData()).isEqualTo(GsubData.NO_DATA_FOUND);
			assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
		}
		String text = PdfChecks.text(renderer.render(page("<p>office affluent flow — لا إله الا الله</p>"), true));
		assertThat(text).contains("office affluent flow", PdfChecks.normalize("لا إله الا الله"));
	}
}
