package ps.rasd.analytics.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import ps.rasd.shared.spi.PdfRenderer;

/**
 * {@link PdfRenderer} with openhtmltopdf: ICU splits and reorders bidirectional text, Noto Naskh Arabic and Noto Sans
 * are embedded as subsets. The font files are read once and kept in memory, so each document only parses them.
 */
@Component
class OpenHtmlPdfRenderer implements PdfRenderer {

	/** CSS family name, file, weight. */
	private static final String[][] FONTS = { { "Rasd Arabic", "NotoNaskhArabic-Regular.ttf", "400" },
			{ "Rasd Arabic", "NotoNaskhArabic-Bold.ttf", "700" }, { "Rasd Latin", "NotoSans-Regular.ttf", "400" },
			{ "Rasd Latin", "NotoSans-Bold.ttf", "700" } };

	private final Map<String[], byte[]> fonts = new LinkedHashMap<>();

	OpenHtmlPdfRenderer() {
		for (String[] font : FONTS) {
			fonts.put(font, read("fonts/" + font[1]));
		}
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

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing font " + path, ex);
		}
	}

}
