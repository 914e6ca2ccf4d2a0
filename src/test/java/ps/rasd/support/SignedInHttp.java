package ps.rasd.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser over plain HTTP against the application on its real port: a cookie jar, the sign-in form, the
 * CSRF token of a page, multipart uploads. Never follows redirects; every request has a time limit, so a server that
 * hangs fails the test instead of stopping it.
 */
public final class SignedInHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	private SignedInHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in with the login form; fails when the sign-in does not succeed. */
	public static SignedInHttp signIn(int port, String username, String password) {
		SignedInHttp http = new SignedInHttp(port);
		String token = http.csrf("/login");
		HttpResponse<String> response = http.send(http.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token)))
			.build());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + location);
		}
		return http;
	}

	/** The CSRF token of the form on this page. */
	public String csrf(String path) {
		HttpResponse<String> page = get(path);
		Matcher m = CSRF.matcher(page.body());
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on " + path + " (" + page.statusCode() + ")");
		}
		return m.group(1);
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = request(path).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** Posts a form's fields with the CSRF token of {@code formPage}. */
	public HttpResponse<String> post(String path, String formPage, Map<String, String> fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf(formPage)));
		fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
	}

	/** Posts a multipart form with text fields and one file, with the CSRF token of {@code formPage}. */
	public HttpResponse<String> upload(String path, String formPage, Map<String, String> fields, String fileField,
			String fileName, String contentType, byte[] content, String... headers) {
		String boundary = "----rasd" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> part(body, boundary, "name=\"" + name + "\"", null,
				value.getBytes(StandardCharsets.UTF_8)));
		part(body, boundary, "name=\"_csrf\"", null, csrf(formPage).getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "name=\"" + fileField + "\"; filename=\"" + fileName + "\"", contentType, content);
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	private static void part(ByteArrayOutputStream body, String boundary, String disposition, String contentType,
			byte[] content) {
		StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; ").append(disposition).append("\r\n");
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		head.append("\r\n");
		body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
