package ps.rasd.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CaseReporters;

/** Looks for overdue referrals and due reminders, and erases old reporters' contacts, on a schedule. */
@Component
class DeadlineJobs {

	private static final Logger LOG = LoggerFactory.getLogger(DeadlineJobs.class);

	private final CaseWorkflow cases;

	private final CaseReporters reporters;

	DeadlineJobs(CaseWorkflow cases, CaseReporters reporters) {
		this.cases = cases;
		this.reporters = reporters;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${rasd.cases.deadline-check:PT15M}")
	@SchedulerLock(name = "cases.deadlines", lockAtMostFor = "PT10M")
	void deadlines() {
		int touched = cases.checkDeadlines();
		if (touched > 0) {
			LOG.info("Deadlines: {} referrals overdue or reminded", touched);
		}
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
