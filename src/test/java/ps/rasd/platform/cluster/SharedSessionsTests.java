package ps.rasd.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.OnPostgres;
import ps.rasd.support.OpenSearchNode;
import ps.rasd.support.ServerTest;
import ps.rasd.support.SignedInHttp;

/**
 * With {@code RASD_SESSIONS=jdbc} (here as one of two nodes on PostgreSQL and OpenSearch, with every key set) a sign-in lives in the
 * shared database, not in the node's memory: any node reading the row knows the person, and without the row nobody
 * does.
 */
@ServerTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"rasd.cluster.nodes=2", "rasd.cluster.sessions=jdbc", "rasd.test.context=shared-sessions",
		"rasd.cases.link-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"rasd.api.cursor-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"rasd.evidence.sealing-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"rasd.freedoms.sealing-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"rasd.identity.two-factor-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"rasd.openrosa.digest-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=" })
class SharedSessionsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
		// several nodes share one search index (refused otherwise)
		OpenSearchNode.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSignInIsARowOfTheSharedDatabase() {
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		SignedInHttp browser = SignedInHttp.signIn(port, monitor.username(), AccountFixtures.PASSWORD);

		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				monitor.username())).isEqualTo(1);
		assertThat(browser.get("/visits").statusCode()).isEqualTo(200);

		jdbc.update("delete from spring_session where principal_name = ?", monitor.username());
		assertThat(browser.get("/visits").statusCode()).as("the session is gone with its row").isEqualTo(302);
	}
}
