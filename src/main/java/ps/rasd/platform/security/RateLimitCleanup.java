package ps.rasd.platform.security;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.shared.sql.JobRuns;

/**
 * Drops the shared rate-limit buckets that are full again, once every ten minutes across the nodes: each node looks
 * every minute and runs the slot no node ran ({@link JobRuns}).
 */
@Component
class RateLimitCleanup {

	private static final Duration EVERY = Duration.ofMinutes(10);

	private final LimitBuckets buckets;

	private final JobRuns runs;

	RateLimitCleanup(LimitBuckets buckets, JobRuns runs) {
		this.buckets = buckets;
		this.runs = runs;
	}

	@Scheduled(initialDelay = 600_000, fixedDelay = 60_000)
	void dropFullBuckets() {
		runs.runDue("platform.rate-limit-cleanup", EVERY, buckets::dropFullBuckets);
	}
}
