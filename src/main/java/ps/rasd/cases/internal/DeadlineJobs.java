package ps.rasd.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseReporters;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CasesProperties;
import ps.rasd.shared.sql.JobRuns;

/** Looks for overdue referrals and due reminders, and erases old reporters' contacts, on a schedule. */
@Component
class DeadlineJobs {

	private static final Logger LOG = LoggerFactory.getLogger(DeadlineJobs.class);

	private final CaseWorkflow cases;

	private final CaseReporters reporters;

	private final JobRuns runs;

	private final CasesProperties properties;

	DeadlineJobs(CaseWorkflow cases, CaseReporters reporters, JobRuns runs, CasesProperties properties) {
		this.cases = cases;
		this.reporters = reporters;
		this.runs = runs;
		this.properties = properties;
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

	@Scheduled(cron = "${rasd.cases.retention-cron:0 30 3 * * *}", zone = "Asia/Hebron")
	@SchedulerLock(name = "cases.retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	void retention() {
		int erased = reporters.eraseOldContacts();
		if (erased > 0) {
			LOG.info("Retention: contacts of {} reporters erased", erased);
		}
	}
}
