package ps.rasd.activities.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code as a PNG image (for a mail) or an SVG (for a page), drawn from ZXing's matrix. */
public final class QrPng {

	private QrPng() {
	}

	private static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The PNG bytes, each module {@code scale} pixels wide. */
	public static byte[] png(String text, int scale) {
		BitMatrix m = matrix(text);
		int size = m.getWidth() * scale;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, m.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An inline SVG (one path, no style attribute, so the content security policy holds). */
	public static String svg(String text) {
		BitMatrix m = matrix(text);
		int size = m.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				if (m.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" width=\"" + size * 5 + "\" height=\""
				+ size * 5 + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\"><rect width=\""
				+ size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}
}
