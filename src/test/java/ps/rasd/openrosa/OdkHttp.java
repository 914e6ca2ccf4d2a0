package ps.rasd.openrosa;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What ODK Collect sends, as the tests need it: GETs, multipart submissions, and the form list's entries. */
final class OdkHttp {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private OdkHttp() {
	}

	/** A part of a multipart submission. */
	record Part(String name, String fileName, String type, byte[] content) {

		static Part field(String name, String value) {
			return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
		}

		static Part xml(String instance) {
			return new Part("xml_submission_file", "submission.xml", "text/xml",
					instance.getBytes(StandardCharsets.UTF_8));
		}
	}

	static HttpResponse<String> get(String url, String language, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language)
			.header("X-OpenRosa-Version", "1.0");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The pre-check ODK Collect makes before a submission. */
	static HttpResponse<String> head(String url, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("X-OpenRosa-Version", "1.0")
			.method("HEAD", HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static HttpResponse<String> post(String url, String language, List<Part> parts, String... headers)
			throws Exception {
		String boundary = "----odk" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
					+ (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"") + "\r\n"
					+ (part.type() == null ? "" : "Content-Type: " + part.type() + "\r\n") + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-OpenRosa-Version", "1.0").header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * The {@code Authorization} header answering a Digest challenge, computed as RFC 7616 says (qop=auth).
	 * @param algorithm {@code MD5} or {@code SHA-256}
	 * @param challenge the {@code WWW-Authenticate} header of that algorithm
	 */
	static String digest(String algorithm, String challenge, String username, String password, String method,
			String uri) throws Exception {
		java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge);
		java.util.regex.Matcher realm = java.util.regex.Pattern.compile("realm=\"([^\"]+)\"").matcher(challenge);
		if (!nonce.find() || !realm.find()) {
			throw new AssertionError("not a challenge: " + challenge);
		}
		String cnonce = Long.toHexString(System.nanoTime());
		String ha1 = hash(algorithm, username + ":" + realm.group(1) + ":" + password);
		String ha2 = hash(algorithm, method + ":" + uri);
		String response = hash(algorithm, ha1 + ":" + nonce.group(1) + ":00000001:" + cnonce + ":auth:" + ha2);
		return "Digest username=\"" + username + "\", realm=\"" + realm.group(1) + "\", nonce=\"" + nonce.group(1)
				+ "\", uri=\"" + uri + "\", algorithm=" + algorithm + ", qop=auth, nc=00000001, cnonce=\"" + cnonce
				+ "\", response=\"" + response + "\"";
	}

	private static String hash(String algorithm, String text) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm)
			.digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A filled instance: the answers under {@code <data>}, then the instanceID (and other meta) under meta. */
	static String instance(String formId, String version, Map<String, String> answers, Map<String, String> meta) {
		StringBuilder xml = new StringBuilder("<data xmlns:jr=\"http://openrosa.org/javarosa\" id=\"").append(formId)
			.append("\" version=\"").append(version).append("\">");
		answers.forEach((k, v) -> xml.append('<').append(k).append('>').append(v).append("</").append(k).append('>'));
		xml.append("<meta>");
		meta.forEach((k, v) -> xml.append('<').append(k).append('>').append(v).append("</").append(k).append('>'));
		return xml.append("</meta></data>").toString();
	}

	/** The form list's entries by form id. */
	static Map<String, Element> entries(String formList) throws Exception {
		NodeList entries = xml(formList).getElementsByTagNameNS("*", "xform");
		Map<String, Element> byId = new LinkedHashMap<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element e = (Element) entries.item(i);
			byId.put(text(e, "formID"), e);
		}
		return byId;
	}

	static String text(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS("*", name);
		return found.getLength() == 0 ? null : found.item(0).getTextContent();
	}

	static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}
}
