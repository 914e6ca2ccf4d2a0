package ps.rasd.activities.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import ps.rasd.network.NetworkManagement;

/**
 * Counts the people reached from the registrations at start-up while they were never counted (a new installation,
 * or the first start after the migration that made the tables): existing attendance is counted. When two nodes start
 * at once, the second finds the rows of the first and leaves them.
 */
@Component
@Order(50)
class ReachStartup implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ReachStartup.class);

	private final ReachKeeper keeper;

	private final NetworkManagement network;

	ReachStartup(ReachKeeper keeper, NetworkManagement network) {
		this.keeper = keeper;
		this.network = network;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (keeper.built()) {
			return;
		}
		try {
			ReachKeeper.Rebuilt done = keeper.rebuild(network.mergedRecords());
			LOG.info("Activities: people reached counted: {} activities, {} people, {} attendances in {} ms",
					done.activities(), done.people(), done.attendances(), done.millis());
		}
		catch (DataIntegrityViolationException ex) {
			LOG.info("Activities: people reached counted by another node");
		}
	}
}
