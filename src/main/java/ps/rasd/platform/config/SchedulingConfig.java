package ps.rasd.platform.config;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.InterceptMode;

import ps.rasd.shared.ClusterProperties;

/**
 * The periodic jobs ({@code @Scheduled}: deadlines, digests, clean-ups) run in the application only: a command
 * (profile {@code command}: backup, restore, audit-verify, …) started beside a running application must not run them
 * a second time. A job that must run once whatever the number of nodes carries {@code @SchedulerLock}: a row of
 * {@code shedlock} in the shared database, taken by the database's clock (nodes' clocks may differ), held while the job
 * runs (at most {@code lockAtMostFor}, so a node killed mid-job leaves no lock for ever) and, for a daily job, at
 * least {@code lockAtLeastFor}, so another node whose turn comes a little later does not run it again. Each such job
 * does its work in one transaction, or in steps each marked done in its own transaction: a node killed mid-job rolls
 * back what it had not finished, and the next run (on any node) does it. The lock wraps the scheduler's call only
 * ({@code PROXY_SCHEDULER}): the same method called directly (a test, an administrator's "now") is not locked.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!command")
@EnableScheduling
@EnableSchedulerLock(interceptMode = InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT30M")
class SchedulingConfig {

	@Bean
	LockProvider schedulerLocks(DataSource dataSource, ClusterProperties cluster) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.withLockedByValue(nodeName(cluster))
			.usingDbTime()
			.build());
	}

	static String nodeName(ClusterProperties cluster) {
		return cluster.name();
	}
}
