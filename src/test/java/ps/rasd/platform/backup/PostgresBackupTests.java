package ps.rasd.platform.backup;

import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;
import ps.rasd.support.PostgresDatabase;

/** The backup round trip on PostgreSQL. */
@SpringBootTest(properties = "rasd.test.context=backup-postgres")
@ActiveProfiles("test")
class PostgresBackupTests extends BackupRoundTrip {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}

	@Override
	String[] emptyInstallation(Path dataDir) {
		return new String[] { "--rasd.data-dir=" + dataDir, "--spring.datasource.url=" + PostgresDatabase.newDatabaseUrl(),
				"--spring.datasource.username=" + PostgresDatabase.user(),
				"--spring.datasource.password=" + PostgresDatabase.password() };
	}
}
