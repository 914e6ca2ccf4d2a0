package ps.rasd.polls.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ps.rasd.polls.PollTargets;

/** Loads the seed population targets at every start; tables already seeded are left as the user edited them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TargetSeeding implements ApplicationRunner {

	private final PollTargets targets;

	TargetSeeding(PollTargets targets) {
		this.targets = targets;
	}

	@Override
	public void run(ApplicationArguments args) {
		targets.seed();
	}
}
