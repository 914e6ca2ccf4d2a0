package ps.rasd.search.internal;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ps.rasd.search.SearchProperties;

/**
 * Talks to the OpenSearch (or Elasticsearch) server over its REST API with JSON: Spring's {@link RestClient} on the
 * JDK's HTTP client, so no client library ties the application to one server version.
 */
final class OpenSearchClient {

	private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson; charset=UTF-8");

	private final RestClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	private OpenSearchClient(RestClient http) {
		this.http = http;
	}

	static OpenSearchClient of(SearchProperties properties) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(Duration.ofSeconds(60));
		RestClient.Builder builder = RestClient.builder().baseUrl(properties.url().replaceAll("/+$", ""))
			.requestFactory(requests);
		if (!properties.username().isBlank()) {
			String basic = properties.username() + ":" + properties.password();
			builder.defaultHeader("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
		}
		return new OpenSearchClient(builder.build());
	}

	/** Sends a JSON body (or none) and reads the JSON answer; an answer other than 2xx fails. */
	JsonNode send(HttpMethod method, String path, Object body) {
		RestClient.RequestBodySpec request = http.method(method).uri(path);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
		}
		byte[] answer = request.retrieve().body(byte[].class);
		return answer == null || answer.length == 0 ? json.createObjectNode() : json.readTree(answer);
	}

	/** Sends a bulk request (lines of JSON) and reads the answer. */
	JsonNode bulk(String path, StringBuilder lines) {
		byte[] answer = http.post().uri(path).contentType(NDJSON).body(lines.toString().getBytes(StandardCharsets.UTF_8))
			.retrieve().body(byte[].class);
		return json.readTree(answer);
	}

	/** One line of a bulk request. */
	String line(Object value) {
		return json.writeValueAsString(value);
	}

	/** Whether the path answers 200 (an index or alias exists), 404 being no. */
	boolean exists(String path) {
		HttpStatusCode status = http.head().uri(path).exchange((request, response) -> response.getStatusCode());
		if (status.value() == 404) {
			return false;
		}
		if (!status.is2xxSuccessful()) {
			throw new IllegalStateException("The search server answered " + status.value() + " for " + path);
		}
		return true;
	}
}
