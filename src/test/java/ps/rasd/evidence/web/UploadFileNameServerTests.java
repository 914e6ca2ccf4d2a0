package ps.rasd.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ps.rasd.support.ServerTest;

/**
 * A file whose name carries a NUL byte or other control characters, sent as a real multipart request (MockMvc does
 * not parse the header that carries the name): the complaint is taken or refused with a page, never a 500.
 */
@ServerTest
class UploadFileNameServerTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** A 1×1 PNG. */
	private static final byte[] PNG = java.util.Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@Test
	void aNulInAnUploadedFileNameNeverAnswers500() throws Exception {
		for (String name : new String[] { "photo\u0000.png", "صورة\u0001\u001f.png", "a\r\nb.png", "\u0000" }) {
			HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base() + "/complaint")).GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String cookie = form.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
			assertThat(token.find()).isTrue();
			String boundary = "----rasd" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			field(body, boundary, "_csrf", token.group(1));
			field(body, boundary, "title", "انقطاع المياه");
			field(body, boundary, "description", "المياه مقطوعة منذ أسبوع عن الحي كله");
			field(body, boundary, "sectorCode", "WATER");
			field(body, boundary, "governorateCode", "50");
			field(body, boundary, "place", "دورا");
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + name
					+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(PNG);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> sent = client.send(HttpRequest.newBuilder(URI.create(base() + "/complaint"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(sent.statusCode()).as(name.replace("\u0000", "\\0")).isLessThan(500);
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}
}
