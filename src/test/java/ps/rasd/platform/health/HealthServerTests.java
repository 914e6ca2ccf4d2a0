package ps.rasd.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import ps.rasd.shared.RasdProperties;
import ps.rasd.support.Http;
import ps.rasd.support.ServerTest;

/**
 * What a load balancer and a supervisor see: health, readiness and liveness over HTTP, and DOWN (503) when the
 * database, the search index or the file store cannot be used. Breaks its own application, so it gets its own.
 */
@ServerTest
@TestPropertySource(properties = "rasd.search.in-memory=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthServerTests {

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	DataSource dataSource;

	@Test
	@Order(1)
	void healthReadinessAndLivenessAreUpWhenEverythingCanBeUsed() {
		assertThat(status("/actuator/health")).isEqualTo(200);
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
		assertThat(status("/actuator/health/liveness")).isEqualTo(200);
	}

	@Test
	@Order(2)
	void aFileStoreThatCannotBeWrittenMakesTheNodeNotReady() throws IOException {
		Path evidence = properties.dataDir().resolve("evidence");
		Path aside = properties.dataDir().resolve("evidence-aside");
		Files.createDirectories(evidence);
		Files.move(evidence, aside);
		Files.writeString(evidence, "not a folder");
		try {
			assertThat(status("/actuator/health/readiness")).isEqualTo(503);
			assertThat(status("/actuator/health")).isEqualTo(503);
			assertThat(status("/actuator/health/liveness")).isEqualTo(200);
		}
		finally {
			Files.delete(evidence);
			Files.move(aside, evidence);
		}
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
	}

	@Test
	@Order(3)
	void aSearchIndexWhoseFolderIsGoneMakesTheNodeNotReady() throws IOException {
		assertThat(status("/search?q=test")).isEqualTo(200);
		Path index = properties.dataDir().resolve("index");
		Path aside = properties.dataDir().resolve("index-aside");
		Files.move(index, aside, StandardCopyOption.ATOMIC_MOVE);
		try {
			assertThat(status("/actuator/health/readiness")).isEqualTo(503);
			assertThat(status("/actuator/health")).isEqualTo(503);
		}
		finally {
			Files.move(aside, index, StandardCopyOption.ATOMIC_MOVE);
		}
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
	}

	@Test
	@Order(4)
	void aClosedDatabaseMakesHealthAndReadinessDown() {
		new JdbcTemplate(dataSource).execute("shutdown");
		assertThat(status("/actuator/health/readiness")).isEqualTo(503);
		assertThat(status("/actuator/health")).isEqualTo(503);
	}

	private int status(String path) {
		return new Http(port).get(path).statusCode();
	}
}
