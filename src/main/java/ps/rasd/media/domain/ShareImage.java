package ps.rasd.media.domain;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;

/**
 * A share image drawn with Java 2D: 1200×630 (links on X, Facebook, LinkedIn, Telegram, WhatsApp) or 1080×1080
 * (Instagram). The title in Noto Naskh Arabic, the summary in Noto Sans Arabic, Latin letters in Noto Sans: laid out
 * by {@link TextLayout}, which joins Arabic letters and orders mixed text by the Unicode bidirectional algorithm,
 * right to left for Arabic, left to right for English; wrapped, and cut with an ellipsis when too long.
 */
public final class ShareImage {

	/** The two sizes. */
	public enum Format {

		WIDE(1200, 630, 64, 4, 30, 2), SQUARE(1080, 1080, 72, 5, 34, 4);

		final int width;

		final int height;

		final float titleSize;

		final int titleLines;

		final float summarySize;

		final int summaryLines;

		Format(int width, int height, float titleSize, int titleLines, float summarySize, int summaryLines) {
			this.width = width;
			this.height = height;
			this.titleSize = titleSize;
			this.titleLines = titleLines;
			this.summarySize = summarySize;
			this.summaryLines = summaryLines;
		}

		public int width() {
			return width;
		}

		public int height() {
			return height;
		}
	}

	private static final Color INK = new Color(0x1b, 0x2a, 0x3a);

	private static final Color ACCENT = new Color(0x0e, 0x7c, 0x66);

	private static final Color PAPER = new Color(0xf7, 0xf5, 0xef);

	private static final int MARGIN = 72;

	private static final class Fonts {

		static final Font TITLE = font("fonts/NotoNaskhArabic-Bold.ttf");

		static final Font TEXT = font("fonts/NotoSansArabic-Regular.ttf");

		static final Font BOLD = font("fonts/NotoSansArabic-Bold.ttf");

		static final Font LATIN = font("fonts/NotoSans-Regular.ttf");

		static final Font LATIN_BOLD = font("fonts/NotoSans-Bold.ttf");

		private Fonts() {
		}
	}

	private ShareImage() {
	}

	/**
	 * Draws the image as PNG.
	 * @param label what it is (e.g. "دراسة"), drawn above the title
	 * @param summary may be {@code null}
	 * @param footer the site's name and address, drawn on the band at the bottom
	 * @param rightToLeft Arabic (right to left) or English
	 */
	public static byte[] render(Format format, String label, String title, String summary, String footer,
			boolean rightToLeft) {
		BufferedImage image = new BufferedImage(format.width, format.height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(PAPER);
			g.fillRect(0, 0, format.width, format.height);
			int band = format.height / 9;
			g.setColor(ACCENT);
			g.fillRect(0, format.height - band, format.width, band);
			float y = MARGIN;
			y = paragraph(g, label, Fonts.BOLD.deriveFont(format.summarySize), ACCENT, format, y, 1, rightToLeft) + 16;
			y = paragraph(g, title, Fonts.TITLE.deriveFont(format.titleSize), INK, format, y, format.titleLines,
					rightToLeft) + 24;
			paragraph(g, summary, Fonts.TEXT.deriveFont(format.summarySize), INK, format, y, format.summaryLines,
					rightToLeft);
			footer(g, footer, Fonts.BOLD.deriveFont(format.summarySize * 0.9f), format, band, rightToLeft);
		}
		finally {
			g.dispose();
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One line in the middle of the band. */
	private static void footer(Graphics2D g, String text, Font font, Format format, int band, boolean rtl) {
		if (text == null || text.isBlank()) {
			return;
		}
		TextLayout layout = new TextLayout(styled(text.strip(), font, rtl).getIterator(), g.getFontRenderContext());
		float baseline = format.height - band / 2f + (layout.getAscent() - layout.getDescent()) / 2;
		g.setColor(PAPER);
		layout.draw(g, rtl ? format.width - MARGIN - layout.getAdvance() : MARGIN, baseline);
	}

	/** Draws wrapped lines from {@code top}, aligned to the start side; returns where the next text goes. */
	private static float paragraph(Graphics2D g, String text, Font font, Color color, Format format, float top,
			int maxLines, boolean rtl) {
		if (text == null || text.isBlank()) {
			return top;
		}
		String value = text.strip().replaceAll("\\s+", " ");
		float width = format.width - 2f * MARGIN;
		AttributedCharacterIterator styled = styled(value, font, rtl).getIterator();
		int fitting = fitting(g, styled, format, top, maxLines);
		LineBreakMeasurer measurer = new LineBreakMeasurer(styled, g.getFontRenderContext());
		float y = top;
		g.setColor(color);
		for (int line = 0; line < fitting && measurer.getPosition() < value.length(); line++) {
			int start = measurer.getPosition();
			TextLayout layout = measurer.nextLayout(width);
			if (line == fitting - 1 && measurer.getPosition() < value.length()) {
				layout = cut(g, value.substring(start), font, rtl, width);
			}
			y += layout.getAscent();
			layout.draw(g, rtl ? MARGIN + width - layout.getAdvance() : MARGIN, y);
			y += layout.getDescent() + layout.getLeading();
		}
		return y;
	}

	/** How many lines, at most {@code maxLines}, fit from {@code top} down to the band at the bottom. */
	private static int fitting(Graphics2D g, AttributedCharacterIterator text, Format format, float top,
			int maxLines) {
		float bottom = format.height - format.height / 9f - 8;
		LineBreakMeasurer measurer = new LineBreakMeasurer(text, g.getFontRenderContext());
		float y = top;
		int lines = 0;
		while (lines < maxLines && measurer.getPosition() < text.getEndIndex()) {
			TextLayout layout = measurer.nextLayout(format.width - 2f * MARGIN);
			y += layout.getAscent() + layout.getDescent();
			if (y > bottom) {
				break;
			}
			y += layout.getLeading();
			lines++;
		}
		return lines;
	}

	/** The rest of the text on one line, shortened at a word with an ellipsis. */
	private static TextLayout cut(Graphics2D g, String rest, Font font, boolean rtl, float width) {
		String cut = rest;
		TextLayout layout = new TextLayout(styled(cut + "…", font, rtl).getIterator(), g.getFontRenderContext());
		while (layout.getAdvance() > width && cut.length() > 1) {
			int space = cut.lastIndexOf(' ');
			cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
			layout = new TextLayout(styled(cut + "…", font, rtl).getIterator(), g.getFontRenderContext());
		}
		return layout;
	}

	/** The text in the Arabic font, and the Latin one where the Arabic font has no glyph (or for English text). */
	private static AttributedString styled(String value, Font font, boolean rtl) {
		AttributedString styled = new AttributedString(value);
		styled.addAttribute(TextAttribute.RUN_DIRECTION,
				rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
		styled.addAttribute(TextAttribute.FONT, font);
		Font latin = (font.isBold() || font.getFontName().contains("Bold") ? Fonts.LATIN_BOLD : Fonts.LATIN)
			.deriveFont(font.getSize2D() * 0.92f);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean arabic = Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
			if (!arabic && (!font.canDisplay(c) || !rtl) && latin.canDisplay(c)) {
				styled.addAttribute(TextAttribute.FONT, latin, i, i + 1);
			}
		}
		return styled;
	}

	private static Font font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Font " + path + " does not load", ex);
		}
	}
}
