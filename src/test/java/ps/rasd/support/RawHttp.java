package ps.rasd.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes exactly as given (a malformed request line, raw non-ASCII, an oversized header) and reads the answer,
 * for what no well-behaved HTTP client will send. Times out after 30 seconds instead of hanging.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** The status, headers and body of the answer, as text. */
	public record Answer(int status, String head, String body) {

		public String header(String name) {
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}
	}

	/** Sends the request (with {@code Connection: close} expected in it) and reads until the server closes. */
	public static Answer send(int port, byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) > 0;) {
					all.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketException ex) {
				// the server may reset the connection after answering
			}
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = end < 0 ? text : text.substring(0, end);
			String body = end < 0 ? "" : text.substring(end + 4);
			String[] first = head.split(" ", 3);
			int status = first.length > 1 && first[1].matches("\\d{3}") ? Integer.parseInt(first[1]) : -1;
			return new Answer(status, head, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GET of this raw target (bytes as UTF-8), closing the connection after the answer. */
	public static Answer get(int port, String target, String... headers) {
		StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		return send(port, request.toString().getBytes(StandardCharsets.UTF_8));
	}
}
