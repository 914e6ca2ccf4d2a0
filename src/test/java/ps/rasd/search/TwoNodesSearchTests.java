package ps.rasd.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.RasdApplication;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSummary;
import ps.rasd.shared.Tier;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.OpenSearchNode;
import ps.rasd.support.PostgresDatabase;

/**
 * Two nodes on one PostgreSQL and one OpenSearch index (this test's application and a second one started beside it):
 * a case filed on either node is found by search on the other, whoever of them indexed it.
 */
@IntegrationTest
class TwoNodesSearchTests {

	private static final String DATABASE = PostgresDatabase.newDatabaseUrl();

	private static final String INDEX = "rasd-two-nodes-" + ProcessHandle.current().pid();

	private static ConfigurableApplicationContext second;

	@Autowired
	SearchManagement search;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CasePublication casePublication;

	@DynamicPropertySource
	static void shared(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", PostgresDatabase::user);
		registry.add("spring.datasource.password", PostgresDatabase::password);
		registry.add("rasd.search.url", OpenSearchNode::url);
		registry.add("rasd.search.index-name", () -> INDEX);
	}

	@BeforeAll
	static void startTheSecondNode() {
		second = new SpringApplicationBuilder(RasdApplication.class).profiles("test")
			.run("--spring.datasource.url=" + DATABASE, "--spring.datasource.username=" + PostgresDatabase.user(),
					"--spring.datasource.password=" + PostgresDatabase.password(), "--server.port=0",
					"--rasd.search.url=" + OpenSearchNode.url(), "--rasd.search.index-name=" + INDEX,
					"--rasd.pdf.warm-up=false");
	}

	@AfterAll
	static void stopTheSecondNode() {
		if (second != null) {
			second.close();
		}
	}

	private static List<String> found(SearchManagement node, String query) {
		return node.search(new SearchRequest(query, Map.of(), 0, 10), null, Locale.forLanguageTag("ar")).hits()
			.items().stream().map(SearchHit::reference).toList();
	}

	@Test
	void aCaseFiledOnOneNodeIsFoundOnTheOther() {
		SearchManagement secondSearch = second.getBean(SearchManagement.class);
		CaseSummary here = SearchFixtures.kase(caseIntake, casePublication, "انهيار جدار استنادي في حي الجلمة",
				"الجدار سقط على الطريق", SearchFixtures.HEBRON, "MUNICIPAL", Tier.PUBLIC, "سامر");
		CaseSummary there = SearchFixtures.kase(second.getBean(CaseIntake.class), second.getBean(CasePublication.class),
				"انقطاع الكهرباء عن مدرسة الزاوية", "منذ ثلاثة أيام", SearchFixtures.HEBRON, "MUNICIPAL", Tier.PUBLIC,
				"سامر");
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			assertThat(found(secondSearch, "الجلمة")).contains(here.reference());
			assertThat(found(search, "الزاوية")).contains(there.reference());
		});
		SearchFixtures.awaitIndexed(search);
	}
}
