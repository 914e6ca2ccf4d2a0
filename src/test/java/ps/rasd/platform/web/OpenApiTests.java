package ps.rasd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ps.rasd.support.IntegrationTest;

/** The OpenAPI document parses, is public, and covers every endpoint under /api. */
@IntegrationTest
class OpenApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentCoversEveryApiEndpoint() throws Exception {
		MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		JsonNode doc = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
		assertThat(doc.path("openapi").asString()).startsWith("3.");
		assertThat(doc.path("components").path("securitySchemes").path("token").path("scheme").asString())
			.isEqualTo("bearer");
		Set<String> documented = new TreeSet<>();
		doc.path("paths").propertyNames().forEach(documented::add);
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/"))
			.forEach(served::add));
		assertThat(served).isNotEmpty().contains("/api/v1/cases", "/api/v1/cases/{reference}/transitions");
		assertThat(documented).containsAll(served);
		assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
	}
}
