package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.search.SearchManagement;

/**
 * A command ({@code backup}, {@code audit-verify}, …) run beside the application on the same database leaves the
 * application's work to the application: it replays none of its pending event publications, runs no periodic job and
 * no search indexer, and leaves the index work queued; the application, started again, does all of it.
 */
class CommandModeTests {

	private static final AtomicInteger HANDLED = new AtomicInteger();

	private static volatile boolean failing = true;

	private final String url = "--spring.datasource.url=jdbc:h2:mem:command-mode-" + System.nanoTime()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	/** Something an application module reacts to after commit. */
	public record Probe(String note) {
	}

	/** Fails while {@link #failing}, leaving its publication incomplete for a later run to finish. */
	static class ProbeListener {

		@TransactionalEventListener
		void on(Probe probe) {
			HANDLED.incrementAndGet();
			if (failing) {
				throw new IllegalStateException("not now");
			}
		}
	}

	private ConfigurableApplicationContext start(boolean command, String... args) {
		String[] all = new String[args.length + 1];
		all[0] = url;
		System.arraycopy(args, 0, all, 1, args.length);
		return new SpringApplicationBuilder(RasdApplication.class, ProbeListener.class).web(WebApplicationType.NONE)
			.profiles(command ? new String[] { "test", "command" } : new String[] { "test" })
			.run(all);
	}

	private static long pendingProbes(ConfigurableApplicationContext context) {
		return context.getBean(EventPublicationRegistry.class).findIncompletePublications().stream()
			.filter(p -> p.getEvent() instanceof Probe)
			.count();
	}

	@Test
	void aCommandLeavesTheApplicationsWorkToTheApplication() throws Exception {
		try (var application = start(false)) {
			application.getBean(TransactionTemplate.class)
				.executeWithoutResult(tx -> application.publishEvent(new Probe("after commit")));
			assertThat(HANDLED).hasValue(1);
			assertThat(pendingProbes(application)).isEqualTo(1);
			assertThat(application.getBeansOfType(ScheduledTaskHolder.class).values().stream()
				.mapToInt(h -> h.getScheduledTasks().size()).sum()).as("the application's periodic jobs").isPositive();
		}
		// index work committed by the application and not yet indexed when it stopped
		try (Connection connection = DriverManager.getConnection(url.substring(url.indexOf('=') + 1), "sa", "");
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("insert into search_outbox (record_type, record_key, queued_at) "
					+ "values ('facility', '424242', current_timestamp)");
		}

		try (var command = start(true, RasdApplication.AUDIT_VERIFY)) {
			assertThat(HANDLED).as("no publication replayed by the command").hasValue(1);
			assertThat(pendingProbes(command)).isEqualTo(1);
			assertThat(command.getBeansOfType(ScheduledTaskHolder.class).values().stream()
				.mapToInt(h -> h.getScheduledTasks().size()).sum()).as("no periodic job in a command").isZero();
			assertThat(command.containsBean("indexWorker")).as("no search indexer in a command").isFalse();
			assertThat(command.getBean(SearchManagement.class).indexBacklog().pending()).isEqualTo(1);
			assertThat(SpringApplication.exit(command)).as("the command's own work done").isZero();
		}

		failing = false;
		try (var application = start(false)) {
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pendingProbes(application) == 0);
			assertThat(HANDLED).as("replayed by the application").hasValue(2);
			SearchManagement search = application.getBean(SearchManagement.class);
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> search.indexBacklog().empty());
			assertThat(application.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from search_outbox", Long.class)).isZero();
		}
	}
}
