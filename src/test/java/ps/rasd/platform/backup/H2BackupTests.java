package ps.rasd.platform.backup;

import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The backup round trip on H2. */
@SpringBootTest(properties = "rasd.test.context=backup-h2")
@ActiveProfiles("test")
class H2BackupTests extends BackupRoundTrip {

	@Override
	String[] emptyInstallation(Path dataDir) {
		return new String[] { "--rasd.data-dir=" + dataDir, "--spring.datasource.url=jdbc:h2:mem:restore-"
				+ System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" };
	}
}
