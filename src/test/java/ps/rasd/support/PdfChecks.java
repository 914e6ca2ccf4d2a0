package ps.rasd.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads generated PDFs back with PDFBox: their text, their fonts, a page as an image under
 * {@code target/screenshots/} for a look by eye.
 */
public final class PdfChecks {

	private PdfChecks() {
	}

	/**
	 * The text of a PDF, NFKC-normalized so that Arabic presentation forms (the joined shapes a PDF may carry) fold
	 * back to the plain letters. PDFBox sorts and orders each line by the Unicode bidi algorithm, so Arabic comes
	 * back in logical order (first letter first) and can be compared with the strings as they are written.
	 */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return normalize(stripper.getText(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** NFKC, and white space runs as one space, so lines broken by the layout still match. */
	public static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
	}

	/** Asserts that every font of every page is embedded in the file. */
	public static void assertFontsEmbedded(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int fonts = 0;
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (var name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
					fonts++;
				}
			}
			assertThat(fonts).as("fonts used").isPositive();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The number of pages. */
	public static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves a page as {@code target/screenshots/<name>.png} at 110 dpi and returns the file. */
	public static Path screenshot(byte[] pdf, int page, String name) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 110);
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			ImageIO.write(image, "png", file.toFile());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
