package ps.rasd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
		assertThat(documented).containsAll(served).contains("/api/v1/reports", "/api/v1/reports/{id}",
				"/api/v1/exports/jobs");
		for (String list : List.of("/api/v1/cases", "/api/v1/visits", "/api/v1/admin/accounts", "/api/v1/places",
				"/api/v1/facilities", "/api/v1/forms", "/api/v1/exports/jobs", "/api/v1/reports")) {
			Map<String, String> parameters = new TreeMap<>();
			doc.path("paths").path(list).path("get").path("parameters")
				.forEach(p -> parameters.put(p.path("name").asString(), p.path("description").asString()));
			assertThat(parameters).as(list).containsKeys("cursor", "sort", "limit").doesNotContainKeys("page", "size");
			assertThat(parameters.get("limit")).as(list).containsPattern("1 to \\d+");
		}
		assertThat(doc.path("paths").path("/api/v1/cases").path("get").path("parameters").toString())
			.contains("-reported", "-updated", "reference");
		assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
	}
}
