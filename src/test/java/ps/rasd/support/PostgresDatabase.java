package ps.rasd.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for tests: the server named by {@code RASD_TEST_POSTGRES_URL} when set (with
 * {@code RASD_TEST_POSTGRES_USER} and {@code RASD_TEST_POSTGRES_PASSWORD}, both {@code postgres} by default), otherwise a PostgreSQL 17 started from Maven artifacts, once per test JVM, with a fresh
 * database for every Spring context.
 */
public final class PostgresDatabase {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres embedded;

	private PostgresDatabase() {
	}

	public static String user() {
		return env("RASD_TEST_POSTGRES_USER", "postgres");
	}

	public static String password() {
		return env("RASD_TEST_POSTGRES_PASSWORD", "postgres");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** A JDBC URL of an empty database. */
	public static synchronized String newDatabaseUrl() {
		String external = System.getenv("RASD_TEST_POSTGRES_URL");
		if (external != null && !external.isBlank()) {
			return external;
		}
		try {
			if (embedded == null) {
				// every PostgreSQL test context holds its own pool on this one server (PostgreSQL's default is 100)
				embedded = EmbeddedPostgres.builder().setServerConfig("max_connections", "400").start();
				Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::stop));
			}
			String name = "rasd_test_" + DATABASES.incrementAndGet();
			try (Connection connection = embedded.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return embedded.getJdbcUrl("postgres", name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database", ex);
		}
	}

	private static synchronized void stop() {
		try {
			if (embedded != null) {
				embedded.close();
			}
		}
		catch (IOException ex) {
			// the JVM is going away; nothing else to do
		}
	}
}
