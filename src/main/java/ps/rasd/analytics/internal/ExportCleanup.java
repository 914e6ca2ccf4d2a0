package ps.rasd.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import org.springframework.stereotype.Component;

import ps.rasd.analytics.AnalyticsProperties;
import ps.rasd.analytics.ExportManagement;
import ps.rasd.shared.sql.JobRuns;

/** Deletes expired export files and marks jobs that stopped moving as failed, on a schedule. */
@Component
class ExportCleanup {

	private static final Logger LOG = LoggerFactory.getLogger(ExportCleanup.class);

	private final ExportManagement exports;

	private final JobRuns runs;

	private final AnalyticsProperties properties;

	ExportCleanup(ExportManagement exports, JobRuns runs, AnalyticsProperties properties) {
		this.exports = exports;
		this.runs = runs;
		this.properties = properties;
	}

	/**
	 * Once every {@code rasd.analytics.cleanup-interval} across the nodes (a {@code platform_job_run} row a slot, in
	 * the transaction of the clean-up); each node looks every {@code rasd.analytics.cleanup-look}.
	 */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${rasd.analytics.cleanup-look:PT5M}")
	void cleanUp() {
		runs.runDue("analytics.export-cleanup", properties.cleanupInterval(), () -> {
			int removed = exports.cleanUp();
			if (removed > 0) {
				LOG.info("Exports: {} expired or stalled jobs cleaned up", removed);
			}
		});
	}
}
