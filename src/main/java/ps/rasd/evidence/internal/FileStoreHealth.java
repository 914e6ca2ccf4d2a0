package ps.rasd.evidence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import ps.rasd.shared.RasdProperties;

/**
 * {@code fileStore} in {@code /actuator/health} and its readiness group: DOWN when a file cannot be written to the
 * evidence folder and deleted again (folder gone or replaced, disk full, read-only file system).
 */
@Component("fileStoreHealthIndicator")
class FileStoreHealth implements HealthIndicator {

	private final Path root;

	FileStoreHealth(RasdProperties properties) {
		this.root = properties.dataDir().resolve("evidence");
	}

	@Override
	public Health health() {
		Path probe = null;
		try {
			Files.createDirectories(root);
			probe = Files.createTempFile(root, "health", ".probe");
			Files.write(probe, new byte[] { 1 });
			Files.delete(probe);
			return Health.up().build();
		}
		catch (IOException | RuntimeException ex) {
			return Health.down().withDetail("problem", "the evidence folder cannot be written: "
					+ ex.getClass().getSimpleName()).build();
		}
		finally {
			if (probe != null) {
				try {
					Files.deleteIfExists(probe);
				}
				catch (IOException ex) {
					// reported above
				}
			}
		}
	}
}
