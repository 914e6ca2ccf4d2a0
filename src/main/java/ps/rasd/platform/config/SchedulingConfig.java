package ps.rasd.platform.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

import ps.rasd.shared.sql.JobRuns;

/**
 * The periodic jobs ({@code @Scheduled}: deadlines, digests, clean-ups) run in the application only: a command
 * (profile {@code command}: backup, restore, audit-verify, …) started beside a running application must not run them
 * a second time. A job that must run once whatever the number of nodes is looked for on every node and runs once a
 * slot through {@link JobRuns}: a row of {@code platform_job_run} (job, slot, node) written in the transaction of the
 * job's work, slots counted by the database's clock (nodes' clocks may differ). A node killed mid-job leaves no row (its
 * transaction rolls back as its connection closes), so the next node that looks runs the slot — no lock to wait out.
 * The jobs whose work is each node's own, or that claim their rows one by one, are named in {@code ScheduledJobsTests}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!command")
@EnableScheduling
class SchedulingConfig {
}
