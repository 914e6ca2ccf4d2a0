package ps.rasd.evidence.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import ps.rasd.shared.DomainException;

/** An image's size read from its header (before any decoding), and a small thumbnail decoded with subsampling. */
final class ImageFacts {

	private ImageFacts() {
	}

	/** Width and height from the header; refuses what no reader can read. */
	static int[] dimensions(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new DomainException("evidence.damaged");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw new DomainException("evidence.damaged");
		}
	}

	/** A JPEG thumbnail whose longest side is {@code size}, decoded at a fraction of the full size. */
	static byte[] thumbnail(byte[] bytes, int width, int height, int size) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			try {
				reader.setInput(input, true, true);
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / (size * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage source = reader.read(0, param);
				double scale = Math.min(1.0, (double) size / Math.max(source.getWidth(), source.getHeight()));
				int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
				int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
				BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = small.createGraphics();
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.drawImage(source, 0, 0, w, h, null);
				g.dispose();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageIO.write(small, "jpg", out);
				return out.toByteArray();
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new DomainException("evidence.damaged");
		}
	}
}
