package ps.rasd.evidence.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code fileStore} in {@code /actuator/health} and its readiness group: DOWN when the store cannot be used — a file
 * cannot be written to the evidence folder and deleted again (folder gone or replaced, disk full, read-only file
 * system), or the bucket cannot be reached (server down, bucket gone, keys refused).
 */
@Component("fileStoreHealthIndicator")
class FileStoreHealth implements HealthIndicator {

	private final FileStore store;

	FileStoreHealth(FileStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		try {
			store.probe();
			return Health.up().build();
		}
		catch (Exception ex) {
			return Health.down().withDetail("problem", "the file store cannot be used: "
					+ ex.getClass().getSimpleName()).build();
		}
	}
}
