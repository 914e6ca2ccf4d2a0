package ps.rasd.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every periodic job runs once across nodes (a {@code @SchedulerLock}), except those whose work is each node's own,
 * that claim their rows one by one, or that record each run's slot ({@code JobRuns}) — named here with the reason.
 */
class ScheduledJobsTests {

	private static final Map<String, String> PER_NODE = Map.of(
			"ps.rasd.platform.security.LoginThrottle.dropExpired", "forgets this node's own in-memory failures",
			"ps.rasd.notifications.internal.MailDispatcher.poll", "claims each mail by a conditional update",
			"ps.rasd.polls.imports.ImportUploads.purge", "deletes the abandoned uploads of this node's folder",
			"ps.rasd.cases.internal.PublicCounts.apply",
			"takes the queue of count changes under a row lock (cases_count_lock): one writer at a time",
			"ps.rasd.cases.internal.DeadlineJobs.deadlines",
			"looks on every node, runs once a slot by a platform_job_run row in its transaction (JobRuns)",
			"ps.rasd.analytics.internal.ExportCleanup.cleanUp",
			"looks on every node, runs once a slot by a platform_job_run row in its transaction (JobRuns)");

	@Test
	void everyPeriodicJobIsLockedAcrossNodesOrNamedAsPerNode() throws Exception {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("ps.rasd");
		List<String> unlocked = new ArrayList<>();
		List<String> locked = new ArrayList<>();
		for (JavaClass type : classes) {
			for (Method method : type.reflect().getDeclaredMethods()) {
				if (!method.isAnnotationPresent(Scheduled.class)) {
					continue;
				}
				String name = type.getName() + "." + method.getName();
				if (method.isAnnotationPresent(SchedulerLock.class)) {
					locked.add(name);
				}
				else if (!PER_NODE.containsKey(name)) {
					unlocked.add(name);
				}
			}
		}
		assertThat(unlocked).as("periodic jobs with neither a lock nor a reason to run on each node").isEmpty();
		assertThat(locked).contains("ps.rasd.cases.internal.DeadlineJobs.retention",
				"ps.rasd.cases.internal.CaseMail.digest");
	}
}
