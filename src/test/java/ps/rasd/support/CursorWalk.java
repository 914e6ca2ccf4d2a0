package ps.rasd.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks a keyset-paged API list from its first page to its last by following the {@code Link: rel=next} header,
 * checking on the way that the body's {@code nextLink} is the same address, and running something between pages
 * (for instance inserting rows).
 */
public final class CursorWalk {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CursorWalk() {
	}

	/** The items of every page, in order; {@code between} runs after each page that has a next one. */
	public static List<JsonNode> walk(MockMvcTester mvc, String firstPage, RequestPostProcessor as, Runnable between)
			throws Exception {
		List<JsonNode> items = new ArrayList<>();
		String uri = firstPage;
		int pages = 0;
		while (uri != null) {
			MvcTestResult result = as == null ? mvc.get().uri(uri).exchange() : mvc.get().uri(uri).with(as).exchange();
			assertThat(result).as(uri).hasStatusOk();
			JsonNode body = JSON.readTree(result.getResponse().getContentAsString());
			body.get("items").forEach(items::add);
			String link = result.getResponse().getHeader("Link");
			JsonNode next = body.get("nextLink");
			if (link == null) {
				assertThat(next == null || next.isNull()).as("no Link header, no nextLink").isTrue();
				uri = null;
			}
			else {
				assertThat(link).endsWith(">; rel=\"next\"");
				uri = link.substring(1, link.indexOf('>'));
				assertThat(next.asString()).isEqualTo(uri);
				assertThat(uri).contains("cursor=" + body.get("next").asString());
				between.run();
			}
			assertThat(++pages).as("pages walked").isLessThan(1000);
		}
		return items;
	}

	/** The ids of the items. */
	public static List<Long> ids(List<JsonNode> items) {
		return items.stream().map(i -> i.get("id").asLong()).toList();
	}
}
