package ps.rasd.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import ps.rasd.media.domain.ShareImage.Format;

/** Share images come in the two sizes the platforms show, Arabic set from the right and English from the left. */
class ShareImageTests {

	private static final String LONG = "انتظام ضخ المياه في المخيمات خلال ستة أشهر من الرصد الميداني في المحافظات الجنوبية "
			.repeat(6);

	@Test
	void drawsBothSizes() throws IOException {
		for (Format format : Format.values()) {
			BufferedImage image = decode(ShareImage.render(format, "دراسة", LONG, LONG, "رصد · rasd.example.org", true));
			assertThat(image.getWidth()).isEqualTo(format.width());
			assertThat(image.getHeight()).isEqualTo(format.height());
		}
	}

	@Test
	void arabicStartsAtTheRightAndEnglishAtTheLeft() throws IOException {
		BufferedImage arabic = decode(ShareImage.render(Format.WIDE, "دراسة", "المياه", null, "رصد", true));
		BufferedImage english = decode(ShareImage.render(Format.WIDE, "Study", "Water", null, "Rasd", false));

		int[] arabicInk = inkColumns(arabic, 150, 260);
		int[] englishInk = inkColumns(english, 150, 260);
		assertThat(arabicInk[0]).isGreaterThan(Format.WIDE.width() / 2);
		assertThat(arabicInk[1]).isBetween(Format.WIDE.width() - 90, Format.WIDE.width() - 60);
		assertThat(englishInk[0]).isBetween(60, 90);
		assertThat(englishInk[1]).isLessThan(Format.WIDE.width() / 2);
	}

	@Test
	void aLongTitleStaysAboveTheBand() throws IOException {
		BufferedImage image = decode(ShareImage.render(Format.WIDE, "دراسة", LONG, LONG, "", true));
		int band = Format.WIDE.height() - Format.WIDE.height() / 9;
		int[] ink = inkColumns(image, band - 6, band - 1);
		assertThat(ink[1]).isEqualTo(-1);
	}

	/** The first and last column with dark ink between two rows, or -1. */
	private static int[] inkColumns(BufferedImage image, int fromRow, int toRow) {
		int first = -1;
		int last = -1;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = fromRow; y < toRow; y++) {
				int rgb = image.getRGB(x, y);
				int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
				if (luminance < 100) {
					first = first < 0 ? x : first;
					last = x;
				}
			}
		}
		return new int[] { first, last };
	}

	private static BufferedImage decode(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}
}
