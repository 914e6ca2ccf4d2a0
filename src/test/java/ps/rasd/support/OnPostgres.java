package ps.rasd.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test context at a fresh PostgreSQL database (see {@link PostgresDatabase}). */
public final class OnPostgres {

	private OnPostgres() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		String url = PostgresDatabase.newDatabaseUrl();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", PostgresDatabase::user);
		registry.add("spring.datasource.password", PostgresDatabase::password);
		// test contexts stay cached side by side on one server: a pool opens connections as they are needed and lets
		// idle ones go, instead of holding its whole pool open (H2's in-memory contexts keep their pools: H2 2.4
		// answered "check constraint invalid" once its connections came and went)
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
	}
}
