package ps.rasd.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

import ps.rasd.search.SearchProperties;
import ps.rasd.support.OpenSearchNode;

/**
 * The index settings give OpenSearch the terms the Lucene chains give: for names, Arabic text and English, the same
 * set of terms from the same text (a real OpenSearch node analyses it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchAnalysisTests {

	private final String index = "rasd-analysis-" + ProcessHandle.current().pid();

	private OpenSearchClient client;

	@BeforeAll
	void anIndexWithTheSettings() {
		client = OpenSearchClient.of(new SearchProperties(true, 200, 20, 100, 10000, 1000, null, null, null,
				OpenSearchNode.url(), index, "", "", 0));
		if (!client.exists("/" + index)) {
			client.send(HttpMethod.PUT, "/" + index, OpenSearchSettings.index());
		}
	}

	@AfterAll
	void removeTheIndex() {
		client.send(HttpMethod.DELETE, "/" + index, null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "بيت لَحْم", "بيـــت لحـــم", "الخليل", "بالخليل", "والخليل", "غزة", "بغزة", "أريحا",
			"إريحا", "آمنة", "مؤسسة", "رام الله", "رامالله", "عبد الله", "عبدالله", "أبو ديس", "ابوديس", "كفر عقب",
			"مستشفى", "للمدرسة", "والد", "قرية ٣٤٥ الجديدة", "Beit Sahour", "Hebron's café", "Ministry of Health",
			"مديرية تربية وتعليم بيت لحم", "لا تصل المياه منذ أسبوعين إلى البيوت", "مدرسة ذكور الظاهرية الثانوية" })
	void givesTheTermsOfTheLuceneChains(String text) {
		assertThat(terms("rasd_name", text)).as("name: %s", text).isEqualTo(terms(Analyzers.name(), text));
		assertThat(terms("rasd_arabic", text)).as("text: %s", text).isEqualTo(terms(Analyzers.arabic(), text));
		assertThat(terms("rasd_english", text)).as("English: %s", text).isEqualTo(terms(Analyzers.english(), text));
	}

	private Set<String> terms(String analyzer, String text) {
		JsonNode answer = client.send(HttpMethod.POST, "/" + index + "/_analyze",
				Map.of("analyzer", analyzer, "text", text));
		Set<String> terms = new TreeSet<>();
		answer.path("tokens").forEach(t -> terms.add(t.path("token").asString()));
		return terms;
	}

	private static Set<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new TreeSet<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}
}
