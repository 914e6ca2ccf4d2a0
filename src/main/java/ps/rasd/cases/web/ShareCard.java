package ps.rasd.cases.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The image a link to a published case shows on social media: 1200×630 PNG, the Rasd mark, the headline and the
 * place. Drawn with Java 2D and embedded Noto fonts, which join Arabic letters and order mixed Arabic and Latin text
 * by the Unicode bidirectional algorithm; text is laid out right to left and wrapped to at most three lines.
 */
@Component
class ShareCard {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final Color INK = new Color(0x1b, 0x2a, 0x3a);

	private static final Color ACCENT = new Color(0x0e, 0x7c, 0x66);

	private static final Color PAPER = new Color(0xf7, 0xf5, 0xef);

	private final Font arabicBold;

	private final Font arabic;

	private final Font latin;

	ShareCard() {
		this.arabicBold = font("fonts/NotoSansArabic-Bold.ttf");
		this.arabic = font("fonts/NotoSansArabic-Regular.ttf");
		this.latin = font("fonts/NotoSans-Bold.ttf");
	}

	/**
	 * @param headline the published title
	 * @param place where, e.g. governorate and locality
	 * @param status the state, in words
	 * @param reference the case reference
	 */
	byte[] render(String headline, String place, String status, String reference) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(PAPER);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(ACCENT);
			g.fillRect(0, HEIGHT - 24, WIDTH, 24);
			// the mark: an eye in a ring, and the name
			g.setStroke(new BasicStroke(8));
			g.draw(new Ellipse2D.Double(WIDTH - 140, 50, 80, 80));
			g.fill(new Ellipse2D.Double(WIDTH - 116, 74, 32, 32));
			int right = WIDTH - 160;
			line(g, "رصد", arabicBold.deriveFont(54f), ACCENT, right, 112);
			float y = 230;
			FontRenderContext frc = g.getFontRenderContext();
			AttributedCharacterIterator text = styled(headline, arabicBold.deriveFont(60f)).getIterator();
			LineBreakMeasurer measurer = new LineBreakMeasurer(text, frc);
			int lines = 0;
			g.setColor(INK);
			while (measurer.getPosition() < text.getEndIndex() && lines < 3) {
				TextLayout layout = measurer.nextLayout(WIDTH - 160);
				y += layout.getAscent();
				layout.draw(g, WIDTH - 80 - layout.getAdvance(), y);
				y += layout.getDescent() + layout.getLeading() + 8;
				lines++;
			}
			line(g, place, arabic.deriveFont(34f), INK, WIDTH - 80, Math.max(y + 50, 470));
			line(g, status, arabicBold.deriveFont(30f), ACCENT, WIDTH - 80, 560);
			g.setColor(INK);
			g.setFont(latin.deriveFont(28f));
			g.drawString(reference, 80, 560);
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

	/** One line, right-aligned at {@code right}, cut to fit the card. */
	private void line(Graphics2D g, String value, Font font, Color color, float right, float baseline) {
		if (value == null || value.isBlank()) {
			return;
		}
		TextLayout layout = new TextLayout(styled(value, font).getIterator(), g.getFontRenderContext());
		String cut = value;
		while (layout.getAdvance() > right - 80 && cut.length() > 4) {
			cut = cut.substring(0, cut.length() - 2);
			layout = new TextLayout(styled(cut + "…", font).getIterator(), g.getFontRenderContext());
		}
		g.setColor(color);
		layout.draw(g, right - layout.getAdvance(), baseline);
	}

	/** The text with the Arabic font, and the Latin font where the Arabic one has no glyph; right to left. */
	private AttributedString styled(String value, Font font) {
		AttributedString styled = new AttributedString(value);
		styled.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
		styled.addAttribute(TextAttribute.FONT, font);
		Font latinSized = latin.deriveFont(font.getSize2D() * 0.9f);
		for (int i = 0; i < value.length(); i++) {
			if (!font.canDisplay(value.charAt(i)) && latinSized.canDisplay(value.charAt(i))) {
				styled.addAttribute(TextAttribute.FONT, latinSized, i, i + 1);
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
