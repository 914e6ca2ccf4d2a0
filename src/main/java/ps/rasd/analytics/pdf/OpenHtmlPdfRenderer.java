package ps.rasd.analytics.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import ps.rasd.shared.WarmUp;
import ps.rasd.shared.spi.PdfRenderer;

/**
 * {@link PdfRenderer} with openhtmltopdf: ICU splits and reorders bidirectional text, Noto Naskh Arabic and Noto Sans
 * are embedded as subsets. The font files are read once and kept in memory, so each document only parses them; PDFBox's
 * own glyph substitution is left out (see {@link #withoutGlyphSubstitution}).
 */
@Component
class OpenHtmlPdfRenderer implements PdfRenderer {

	/** CSS family name, file, weight. */
	private static final String[][] FONTS = { { "Rasd Arabic", "NotoNaskhArabic-Regular.ttf", "400" },
			{ "Rasd Arabic", "NotoNaskhArabic-Bold.ttf", "700" }, { "Rasd Latin", "NotoSans-Regular.ttf", "400" },
			{ "Rasd Latin", "NotoSans-Bold.ttf", "700" } };

	/** A page with each font and both directions: rendering it once loads and links what a first document needs. */
	static final String WARM_UP = "<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\"><head><style>"
			+ "body{font-family:'Rasd Arabic','Rasd Latin'} b{font-weight:700} .l{font-family:'Rasd Latin'}</style>"
			+ "</head><body><p>رصد ١٢٣ <b>رصد</b></p><p class=\"l\" dir=\"ltr\">Rasd 123 <b>Rasd</b></p></body></html>";

	/** The table tag {@code GSUB}. */
	private static final int GSUB = 0x47535542;

	/** The tag it is renamed to ({@code xsub}, a table no one reads). */
	private static final int UNUSED = 0x78737562;

	private static final Logger log = LoggerFactory.getLogger(OpenHtmlPdfRenderer.class);

	private final Map<String[], byte[]> fonts = new LinkedHashMap<>();

	private final boolean warmUp;

	OpenHtmlPdfRenderer(@Value("${rasd.pdf.warm-up:true}") boolean warmUp) {
		this.warmUp = warmUp;
		for (String[] font : FONTS) {
			fonts.put(font, withoutGlyphSubstitution(read("fonts/" + font[1])));
		}
	}

	/**
	 * Once the application is ready, renders a small page in the background so that the first letter or report a
	 * person asks for does not pay for loading the PDF, font and bidi classes (about 5 s on a cold JVM here).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUpInBackground() {
		if (!warmUp) {
			return;
		}
		WarmUp.inBackground("rasd-pdf-warm-up", this::warmUp);
	}

	/** Renders the warm-up page; returns how long it took in milliseconds. */
	long warmUp() {
		long start = System.nanoTime();
		try {
			render(WARM_UP, true);
		}
		catch (RuntimeException ex) {
			log.warn("PDF warm-up failed; the first document will be slower: {}", ex.toString());
		}
		long ms = (System.nanoTime() - start) / 1_000_000;
		log.info("PDF renderer warmed up in {} ms", ms);
		return ms;
	}

	@Override
	public byte[] render(String xhtml, boolean rightToLeft) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
		fonts.forEach((font, bytes) -> builder.useFont(() -> new ByteArrayInputStream(bytes), font[0],
				Integer.valueOf(font[2]), FontStyle.NORMAL, true));
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The font with its glyph substitution table (GSUB) renamed so that PDFBox does not find it. Arabic letters are
	 * joined before PDFBox sees them (ICU gives their presentation forms), so PDFBox's own substitution changes nothing
	 * here; but it is applied to every run of text it draws, compiling regular expressions from the font's ligatures
	 * each time, which was half the CPU time of a 24-page paper. The table is not embedded in any case (PDFBox embeds
	 * a subset of the glyph tables only).
	 */
	static byte[] withoutGlyphSubstitution(byte[] ttf) {
		ByteBuffer font = ByteBuffer.wrap(ttf);
		int tables = Short.toUnsignedInt(font.getShort(4));
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (font.getInt(record) == GSUB) {
				font.putInt(record, UNUSED);
			}
		}
		return ttf;
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing font " + path, ex);
		}
	}

}
