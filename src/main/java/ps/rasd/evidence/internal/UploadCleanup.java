package ps.rasd.evidence.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.evidence.ResumableUploads;
import ps.rasd.shared.sql.JobRuns;

/**
 * Erases the resumable uploads nobody went on with, once a {@code rasd.evidence.upload-cleanup} (an hour) across the
 * nodes: each node looks every {@code rasd.evidence.upload-cleanup-look} and runs the slot no node ran ({@link JobRuns}).
 */
@Component
class UploadCleanup {

	private static final Logger LOG = LoggerFactory.getLogger(UploadCleanup.class);

	private final ResumableUploads uploads;

	private final JobRuns runs;

	private final Duration every;

	UploadCleanup(ResumableUploads uploads, JobRuns runs,
			@Value("${rasd.evidence.upload-cleanup:PT1H}") Duration every) {
		this.uploads = uploads;
		this.runs = runs;
		this.every = every;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${rasd.evidence.upload-cleanup-look:PT5M}")
	void removeExpired() {
		runs.runDue("evidence.uploads", every, () -> {
			int removed = uploads.removeExpired();
			if (removed > 0) {
				LOG.info("Resumable uploads: {} given up and erased", removed);
			}
		});
	}
}
