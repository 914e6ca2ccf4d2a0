package ps.rasd.identity.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an inline SVG (one path, no style attribute, so the content security policy holds), drawn from
 * ZXing's matrix. The text is encoded into modules only, never written into the markup.
 */
final class QrSvg {

	private QrSvg() {
	}

	static String of(String text, String label) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
		int size = matrix.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		String safeLabel = label.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" width=\"" + size * 5
				+ "\" height=\"" + size * 5 + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\""
				+ " aria-label=\"" + safeLabel + "\"><rect width=\"" + size + "\" height=\"" + size
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}
}
