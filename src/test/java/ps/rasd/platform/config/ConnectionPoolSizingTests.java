package ps.rasd.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The pool keeps the requests' share whatever the background threads hold; a size that is set wins. */
class ConnectionPoolSizingTests {

	@Test
	void requestsKeepTwoConnectionsACoreAndOneMoreBesideOneABackgroundThread() {
		assertThat(ConnectionPoolSizing.poolSize(2, 10)).isEqualTo(15);
		assertThat(ConnectionPoolSizing.poolSize(8, 10)).isEqualTo(27);
	}

	@Test
	void everyBackgroundThreadCountsInThePool() {
		var environment = new MockEnvironment().withProperty("spring.task.execution.pool.max-size", "4")
			.withProperty("spring.task.scheduling.pool.size", "2")
			.withProperty("rasd.analytics.export-threads", "3");
		try (var pool = new HikariDataSource()) {
			new ConnectionPoolSizing(environment).postProcessBeforeInitialization(pool, "dataSource");
			assertThat(pool.getMaximumPoolSize()).isEqualTo(
					ConnectionPoolSizing.poolSize(Runtime.getRuntime().availableProcessors(), 4 + 2 + 3 + 5));
		}
	}

	@Test
	void aSizeThatIsSetWins() {
		try (var pool = new HikariDataSource()) {
			new ConnectionPoolSizing(new MockEnvironment().withProperty("rasd.db.pool-size", "7"))
				.postProcessBeforeInitialization(pool, "dataSource");
			assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
		}
	}
}
