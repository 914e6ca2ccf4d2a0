package ps.rasd.cases.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar rasd.jar public-counts-rebuild}: counts every published case again (the public counts, the
 * reply-time histogram and the authority scorecards) without starting the web server, and prints what it counted. Safe while the application runs:
 * it takes the writers' turn, so no change is applied twice or lost.
 */
@Component
@Profile("command")
@Order(Ordered.LOWEST_PRECEDENCE)
class PublicCountsRebuildCommand implements ApplicationRunner {

	/** Must match {@code RasdApplication.PUBLIC_COUNTS_REBUILD}. */
	static final String COMMAND = "public-counts-rebuild";

	private final PublicCounts counts;

	PublicCountsRebuildCommand(PublicCounts counts) {
		this.counts = counts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!List.of(args.getSourceArgs()).contains(COMMAND)) {
			return;
		}
		PublicCounts.Rebuilt done = counts.rebuild();
		System.out.printf("Public counts rebuilt: %d published cases, %d reply-time rows, %d authority scorecard rows"
				+ " in %d ms.%n", done.cases(), done.replyRows(), done.scorecardRows(), done.millis());
	}
}
