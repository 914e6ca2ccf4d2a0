package ps.rasd.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ps.rasd.shared.WarmUp;

/**
 * Keeps the sequence of case references ahead of the references in the table. A restored backup brings the cases but
 * not the sequence's position (a backup holds tables), so on start the sequence is moved past the highest number in
 * use when it lags behind; otherwise the next new case would collide with a restored one.
 */
@Component
class ReferenceGuard {

	private static final Logger log = LoggerFactory.getLogger(ReferenceGuard.class);

	private final JdbcTemplate jdbc;

	private final boolean command;

	ReferenceGuard(JdbcTemplate jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.command = environment.matchesProfiles("command");
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkWhenReady() {
		if (command) {
			// a command (a restore) ends right after: check now
			check();
			return;
		}
		WarmUp.inBackground("rasd-reference-guard", () -> {
			try {
				check();
			}
			catch (RuntimeException ex) {
				log.warn("The case reference sequence could not be checked: {}", ex.toString());
			}
		});
	}

	/** Moves the sequence past the highest reference number in use when it lags behind. */
	void check() {
		Long highest = jdbc.queryForObject(
				"select max(cast(substring(reference from 10) as bigint)) from cases_case", Long.class);
		if (highest == null) {
			return;
		}
		Long next = jdbc.queryForObject("select nextval('cases_reference_seq')", Long.class);
		if (next != null && next <= highest) {
			jdbc.execute("alter sequence cases_reference_seq restart with " + (highest + 1));
			log.info("Case references continue after {} (the sequence was at {})", highest, next);
		}
	}
}
