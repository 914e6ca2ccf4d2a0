package ps.rasd.platform.config;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Sizes the connection pool for the machine unless {@code RASD_DB_POOL_SIZE} names a size: the requests' share (two
 * connections a core and one more, what a database on the same few cores can work on at once) plus one connection for
 * every background thread that may hold one (after-commit listeners, scheduled jobs, exports, the search indexer, the
 * audit sealer, the report writer, the figures' recounts), so background work never takes the requests' share.
 */
class ConnectionPoolSizing implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(ConnectionPoolSizing.class);

	/** The search indexer, the audit sealer, the report writer, two recounts of the public figures. */
	static final int FIXED_BACKGROUND_THREADS = 5;

	private final Environment environment;

	ConnectionPoolSizing(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			int configured = environment.getProperty("rasd.db.pool-size", Integer.class, 0);
			int size = configured > 0 ? configured : poolSize(Runtime.getRuntime().availableProcessors(),
					backgroundThreads());
			pool.setMaximumPoolSize(size);
			log.info("Connection pool: {} connections ({})", size,
					configured > 0 ? "RASD_DB_POOL_SIZE" : "requests 2 a core + 1, and one a background thread");
		}
		return bean;
	}

	private int backgroundThreads() {
		return environment.getProperty("spring.task.execution.pool.max-size", Integer.class, 2)
				+ environment.getProperty("spring.task.scheduling.pool.size", Integer.class, 1)
				+ Math.max(1, environment.getProperty("rasd.analytics.export-threads", Integer.class, 1))
				+ FIXED_BACKGROUND_THREADS;
	}

	/** The requests' share for this many cores, plus one connection a background thread. */
	static int poolSize(int cores, int backgroundThreads) {
		return 2 * Math.max(1, cores) + 1 + backgroundThreads;
	}
}
