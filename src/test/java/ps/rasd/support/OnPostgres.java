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
	}
}
