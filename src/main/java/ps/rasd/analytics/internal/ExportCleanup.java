package ps.rasd.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

import ps.rasd.analytics.ExportManagement;

/** Deletes expired export files and marks jobs that stopped moving as failed, on a schedule. */
@Component
class ExportCleanup {

	private static final Logger LOG = LoggerFactory.getLogger(ExportCleanup.class);

	private final ExportManagement exports;

	ExportCleanup(ExportManagement exports) {
		this.exports = exports;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${rasd.analytics.cleanup-interval:PT1H}")
	@SchedulerLock(name = "analytics.export-cleanup", lockAtMostFor = "PT30M")
	void cleanUp() {
		int removed = exports.cleanUp();
		if (removed > 0) {
			LOG.info("Exports: {} expired or stalled jobs cleaned up", removed);
		}
	}
}
