package ps.rasd.activities.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ps.rasd.network.NetworkManagement;

/**
 * {@code java -jar rasd.jar activities-reach-rebuild}: counts the people reached by activities again from the
 * registrations and attendance (after a restore of part of the data, or data written around the application),
 * without starting the web server, and prints what it counted. Run it with the application stopped: a check-in
 * during the rebuild may be counted only at its person's next change.
 */
@Component
@Profile("command")
@Order(Ordered.LOWEST_PRECEDENCE)
class ReachRebuildCommand implements ApplicationRunner {

	/** Must match {@code RasdApplication.ACTIVITIES_REACH_REBUILD}. */
	static final String COMMAND = "activities-reach-rebuild";

	private final ReachKeeper keeper;

	private final NetworkManagement network;

	ReachRebuildCommand(ReachKeeper keeper, NetworkManagement network) {
		this.keeper = keeper;
		this.network = network;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!List.of(args.getSourceArgs()).contains(COMMAND)) {
			return;
		}
		ReachKeeper.Rebuilt done = keeper.rebuild(network.mergedRecords());
		System.out.printf("People reached by activities counted again: %d activities, %d people, %d attendances in "
				+ "%d ms.%n", done.activities(), done.people(), done.attendances(), done.millis());
	}
}
