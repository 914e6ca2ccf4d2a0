package ps.rasd.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import ps.rasd.shared.sql.JobRuns;

/**
 * Every periodic job runs once a slot across nodes ({@link JobRuns}: its {@code @Scheduled} method calls
 * {@code runDue}), except those whose work is each node's own or that claim their rows one by one — named here with
 * the reason.
 */
class ScheduledJobsTests {

	private static final Map<String, String> PER_NODE = Map.of(
			"ps.rasd.platform.security.LoginThrottle.dropExpired", "forgets this node's own in-memory failures",
			"ps.rasd.notifications.internal.MailDispatcher.poll", "claims each mail by a conditional update",
			"ps.rasd.cases.internal.PublicCounts.apply",
			"takes the queue of count changes under a row lock (cases_count_lock): one writer at a time");

	@Test
	void everyPeriodicJobRunsOnceASlotOrIsNamedAsPerNode() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("ps.rasd");
		List<String> unrecorded = new ArrayList<>();
		List<String> recorded = new ArrayList<>();
		for (JavaClass type : classes) {
			for (JavaMethod method : type.getMethods()) {
				if (!method.isAnnotatedWith(Scheduled.class)) {
					continue;
				}
				String name = type.getName() + "." + method.getName();
				boolean runsASlot = method.getMethodCallsFromSelf().stream()
					.anyMatch(call -> call.getTargetOwner().isEquivalentTo(JobRuns.class)
							&& call.getName().equals("runDue"));
				if (runsASlot) {
					recorded.add(name);
				}
				else if (!PER_NODE.containsKey(name)) {
					unrecorded.add(name);
				}
			}
		}
		assertThat(unrecorded).as("periodic jobs that neither run once a slot nor have a reason to run on each node")
			.isEmpty();
		assertThat(recorded).contains("ps.rasd.cases.internal.DeadlineJobs.deadlines",
				"ps.rasd.cases.internal.DeadlineJobs.retention", "ps.rasd.cases.internal.DeadlineJobs.digest",
				"ps.rasd.advocacy.internal.CommitmentReminders.look",
				"ps.rasd.evidence.internal.UploadCleanup.removeExpired",
				"ps.rasd.platform.security.RateLimitCleanup.dropFullBuckets",
				"ps.rasd.analytics.internal.ExportCleanup.cleanUp", "ps.rasd.polls.imports.ImportUploads.purge");
	}
}
