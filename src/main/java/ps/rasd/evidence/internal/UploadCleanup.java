package ps.rasd.evidence.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import ps.rasd.evidence.ResumableUploads;

/** Erases the resumable uploads nobody went on with, once an hour, on one node. */
@Component
class UploadCleanup {

	private static final Logger LOG = LoggerFactory.getLogger(UploadCleanup.class);

	private final ResumableUploads uploads;

	UploadCleanup(ResumableUploads uploads) {
		this.uploads = uploads;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${rasd.evidence.upload-cleanup:PT1H}")
	@SchedulerLock(name = "evidence.uploads", lockAtMostFor = "PT30M")
	void removeExpired() {
		int removed = uploads.removeExpired();
		if (removed > 0) {
			LOG.info("Resumable uploads: {} given up and erased", removed);
		}
	}
}
