package ps.rasd.cases.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseReporters;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CasesProperties;
import ps.rasd.shared.sql.JobRuns;

/**
 * Looks for overdue referrals and due reminders, erases old reporters' contacts and queues the coordinators' morning
 * digest, on a schedule, each run once across the nodes ({@link JobRuns}).
 */
@Component
class DeadlineJobs {

	private static final Logger LOG = LoggerFactory.getLogger(DeadlineJobs.class);

	private final CaseWorkflow cases;

	private final CaseReporters reporters;

	private final JobRuns runs;

	private final CasesProperties properties;

	private final CaseMail mail;

	private final CronExpression retentionCron;

	private final CronExpression digestCron;

	DeadlineJobs(CaseWorkflow cases, CaseReporters reporters, JobRuns runs, CasesProperties properties, CaseMail mail,
			@Value("${rasd.cases.retention-cron:0 30 3 * * *}") String retentionCron,
			@Value("${rasd.cases.digest-cron:0 0 7 * * *}") String digestCron) {
		this.cases = cases;
		this.mail = mail;
		this.digestCron = CronExpression.parse(digestCron);
		this.reporters = reporters;
		this.runs = runs;
		this.properties = properties;
		this.retentionCron = CronExpression.parse(retentionCron);
	}

	/**
	 * Once every {@code rasd.cases.deadline-check} across the nodes (a {@code platform_job_run} row a slot, in the
	 * transaction of the work): each node looks every {@code rasd.cases.deadline-look}, so a slot whose node died
	 * mid-run is run by another.
	 */
	@Scheduled(initialDelayString = "${rasd.cases.deadline-first:PT1M}",
			fixedDelayString = "${rasd.cases.deadline-look:PT1M}")
	void deadlines() {
		runs.runDue("cases.deadlines", properties.deadlineCheck(), () -> {
			int touched = cases.checkDeadlines();
			if (touched > 0) {
				LOG.info("Deadlines: {} referrals overdue or reminded", touched);
			}
		});
	}

	/**
	 * Each night ({@code rasd.cases.retention-cron}, Hebron time), once across the nodes: every node looks every
	 * {@code rasd.cases.retention-look}, and runs the night's firing if no node ran it yet (a row of
	 * {@code platform_job_run} in the transaction of the erasure), up to six hours late.
	 */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${rasd.cases.retention-look:PT5M}")
	void retention() {
		runs.runDue("cases.retention", retentionCron, HEBRON, Duration.ofHours(6), () -> {
			int erased = reporters.eraseOldContacts();
			if (erased > 0) {
				LOG.info("Retention: contacts of {} reporters erased", erased);
			}
		});
	}

	/**
	 * Each morning ({@code rasd.cases.digest-cron}, Hebron time), once across the nodes, as the retention: the digests
	 * are queued in the transaction of the run's row, so a node killed mid-run queues none and the next node that looks
	 * (every {@code rasd.cases.digest-look}) queues them all, up to three hours late.
	 */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${rasd.cases.digest-look:PT2M}")
	void digest() {
		runs.runDue("cases.digest", digestCron, HEBRON, Duration.ofHours(3), () -> {
			int sent = mail.digest();
			if (sent > 0) {
				LOG.info("Digest: {} coordinators written to", sent);
			}
		});
	}

	private static final ZoneId HEBRON = ZoneId.of("Asia/Hebron");
}
