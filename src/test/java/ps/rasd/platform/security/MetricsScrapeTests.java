package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.support.IntegrationTest;

/**
 * A Prometheus server reads {@code /actuator/prometheus} with {@code RASD_METRICS_TOKEN}: request rates and latencies,
 * the outboxes' and job queues' depths; the token opens nothing else, and a wrong one reads nothing.
 */
@IntegrationTest
@SpringBootTest(properties = { "rasd.metrics.token=scrape-0123456789abcdef", "rasd.test.context=metrics" })
class MetricsScrapeTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theScraperReadsRequestLatenciesAndQueueDepths() {
		assertThat(mvc.get().uri("/api/v1/sectors").exchange()).hasStatusOk();
		MvcTestResult metrics = mvc.get().uri("/actuator/prometheus")
			.header("Authorization", "Bearer scrape-0123456789abcdef").exchange();
		assertThat(metrics).hasStatusOk().bodyText().contains("http_server_requests_seconds_bucket",
				"rasd_search_outbox_depth", "rasd_search_outbox_oldest_seconds", "rasd_mail_outbox_depth{status=\"PENDING\"}",
				"rasd_jobs_depth{kind=\"export\",status=\"QUEUED\"}", "rasd_jobs_depth{kind=\"report\",status=\"RUNNING\"}",
				"rasd_events_incomplete");
	}

	@Test
	void aWrongTokenReadsNothingAndTheRightOneOpensNothingElse() {
		MvcTestResult wrong = mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer scrape-guess")
			.exchange();
		assertThat(wrong.getResponse().getStatus()).isNotEqualTo(200);
		assertThat(wrong.getResponse().getContentAsByteArray().length == 0
				|| !new String(wrong.getResponse().getContentAsByteArray()).contains("rasd_search_outbox_depth")).isTrue();
		assertThat(mvc.get().uri("/actuator/metrics").header("Authorization", "Bearer scrape-0123456789abcdef")
			.exchange().getResponse().getStatus()).isNotEqualTo(200);
	}
}
