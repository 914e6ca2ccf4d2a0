package ps.rasd.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.identity.ApiTokens;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.identity.TokenScope;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/** Open311 GeoReport v2 calls in XML and JSON, checked against the specification's fields. */
@IntegrationTest
@Transactional
class Open311Tests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	ApiTokens tokens;

	@Autowired
	CaseQueue caseQueue;

	@Autowired
	CasePublication casePublication;

	@Autowired
	RegistryManagement registry;

	private String writeKey;

	private String readKey;

	@BeforeEach
	void keys() {
		var monitor = AccountFixtures.hebronMonitor(identity);
		writeKey = tokens.create(monitor.id(), "open311", TokenScope.WRITE, null).secret();
		readKey = tokens.create(monitor.id(), "open311 read", TokenScope.READ, null).secret();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private static Document xml(MvcTestResult result) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	@Test
	void discoveryAndServicesInBothFormats() throws Exception {
		JsonNode discovery = json(mvc.get().uri("/open311/v2/discovery.json").exchange());
		assertThat(discovery.path("endpoints").get(0).path("specification").asString())
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(xml(mvc.get().uri("/open311/v2/discovery.xml").exchange()).getDocumentElement().getNodeName())
			.isEqualTo("discovery");

		JsonNode services = json(mvc.get().uri("/open311/v2/services.json").exchange());
		assertThat(services.isArray()).isTrue();
		JsonNode health = null;
		for (JsonNode s : services) {
			if (s.path("service_code").asString().equals("HEALTH")) {
				health = s;
			}
		}
		assertThat(health).isNotNull();
		assertThat(health.path("service_name").asString()).isEqualTo("الصحة");
		assertThat(health.path("type").asString()).isEqualTo("realtime");
		assertThat(health.path("metadata").asBoolean()).isTrue();
		Document servicesXml = xml(mvc.get().uri("/open311/v2/services.xml").header("Accept-Language", "en").exchange());
		assertThat(servicesXml.getDocumentElement().getNodeName()).isEqualTo("services");
		assertThat(servicesXml.getElementsByTagName("service").getLength()).isEqualTo(services.size());
		assertThat(servicesXml.getElementsByTagName("service_name").item(0).getTextContent()).isEqualTo("Health");

		JsonNode definition = json(mvc.get().uri("/open311/v2/services/WATER.json").exchange());
		assertThat(definition.path("service_code").asString()).isEqualTo("WATER");
		assertThat(definition.path("attributes").get(0).path("code").asString()).isEqualTo("governorate");
		assertThat(definition.path("attributes").get(0).path("values").size()).isEqualTo(16);
	}

	@Test
	void aPostedRequestBecomesACaseAwaitingVerificationAndOnlyPublishedCasesAreListed() throws Exception {
		MvcTestResult noKey = mvc.post().uri("/open311/v2/requests.json").param("service_code", "WATER")
			.param("description", "لا ماء").param("lat", "31.51").param("long", "35.03").exchange();
		assertThat(noKey).hasStatus(403);
		assertThat(json(noKey).get(0).path("code").asString()).isEqualTo("403");
		assertThat(mvc.post().uri("/open311/v2/requests.json").param("api_key", readKey).param("service_code", "WATER")
			.param("description", "لا ماء").param("lat", "31.51").param("long", "35.03").exchange()).hasStatus(403);

		MvcTestResult posted = mvc.post().uri("/open311/v2/requests.json").param("api_key", writeKey)
			.param("service_code", "WATER").param("description", "المياه مقطوعة عن الحي منذ أسبوع")
			.param("lat", "31.51").param("long", "35.03").param("first_name", "هدى").exchange();
		assertThat(posted).hasStatus(201);
		String id = json(posted).get(0).path("service_request_id").asString();
		assertThat(id).matches("RSD-\\d{4}-\\d{6}");
		var filed = caseQueue.byReference(id, Principals.coordinator("50"));
		assertThat(filed.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(filed.source()).isEqualTo(CaseSource.OPEN311);
		assertThat(filed.governorateCode()).as("placed by the nearest locality").isEqualTo("50");
		assertThat(filed.sectorCode()).isEqualTo("WATER");

		JsonNode before = json(mvc.get().uri("/open311/v2/requests.json?service_code=WATER").exchange());
		for (JsonNode r : before) {
			assertThat(r.path("service_request_id").asString()).isNotEqualTo(id);
		}
		MvcTestResult hidden = mvc.get().uri("/open311/v2/requests/" + id + ".xml").exchange();
		assertThat(hidden).hasStatus(404);
		assertThat(xml(hidden).getElementsByTagName("code").item(0).getTextContent()).isEqualTo("404");

		casePublication.publication(id, filed.version(), Tier.PUBLIC, null, "انقطاع المياه", "المياه مقطوعة عن الحي منذ أسبوع.",
				Principals.coordinator("50"));
		JsonNode one = json(mvc.get().uri("/open311/v2/requests/" + id + ".json").exchange()).get(0);
		assertThat(one.path("status").asString()).isEqualTo("open");
		assertThat(one.path("status_notes").asString()).contains("SUBMITTED");
		assertThat(one.path("service_code").asString()).isEqualTo("WATER");
		assertThat(one.path("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
		assertThat(one.path("description").asString()).contains("انقطاع المياه").doesNotContain("هدى");
		Document listed = xml(mvc.get().uri("/open311/v2/requests.xml?status=open&service_code=WATER&page_size=200")
			.exchange());
		assertThat(listed.getDocumentElement().getNodeName()).isEqualTo("service_requests");
		assertThat(listed.getDocumentElement().getTextContent()).contains(id);
		assertThat(json(mvc.get().uri("/open311/v2/requests.json?status=closed&service_request_id=" + id).exchange())
			.size()).isZero();
	}

	@Test
	void badInputIsAnsweredWithTheSpecificationsErrorList() throws Exception {
		for (String uri : new String[] { "/open311/v2/requests.json?status=maybe", "/open311/v2/requests.json?page_size=5000",
				"/open311/v2/requests.json?start_date=yesterday", "/open311/v2/requests.json?page=0" }) {
			MvcTestResult result = mvc.get().uri(uri).header("Accept-Language", "en").exchange();
			assertThat(result).as(uri).hasStatus(400);
			assertThat(json(result).get(0).path("description").asString()).as(uri).isNotBlank();
		}
		assertThat(mvc.get().uri("/open311/v2/services/NOPE.json").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/open311/v2/services.csv").exchange()).hasStatus(400);
		MvcTestResult noWhere = mvc.post().uri("/open311/v2/requests.xml").param("api_key", writeKey)
			.param("service_code", "WATER").param("description", "بلا مكان").exchange();
		assertThat(noWhere).hasStatus(400);
		assertThat(xml(noWhere).getDocumentElement().getNodeName()).isEqualTo("errors");
	}
}
