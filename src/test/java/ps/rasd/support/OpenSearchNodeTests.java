package ps.rasd.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** The embedded OpenSearch node answers over HTTP, with the analysis-common filters. */
class OpenSearchNodeTests {

	@Test
	void answersWithItsVersionAndAnalysesArabic() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		var root = http.send(HttpRequest.newBuilder(URI.create(OpenSearchNode.url())).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(root.body()).contains("\"number\" : \"2.19");
		var analysed = http.send(HttpRequest.newBuilder(URI.create(OpenSearchNode.url() + "/_analyze"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"tokenizer\":\"standard\",\"filter\":[\"arabic_normalization\"],\"text\":\"أريحا\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(analysed.body()).contains("اريحا");
	}
}
