package ps.rasd.search.internal;

import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ps.rasd.search.Reindexed;
import ps.rasd.search.SearchManagement;

/**
 * {@code java -jar rasd.jar search-reindex}: rebuilds the search index from the database without starting the web
 * server, and prints how many documents of each kind it holds; exits 0, or 5 when the index is locked by a running
 * application (stop it first: it rebuilds a missing or outdated index by itself at start-up).
 */
@Component
@Profile("command")
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchReindexCommand implements ApplicationRunner, ExitCodeGenerator {

	/** Must match {@code RasdApplication.SEARCH_REINDEX}. */
	static final String COMMAND = "search-reindex";

	private final SearchManagement search;

	private int exitCode;

	SearchReindexCommand(SearchManagement search) {
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!List.of(args.getSourceArgs()).contains(COMMAND)) {
			return;
		}
		try {
			Reindexed done = search.reindex();
			System.out.printf("Search index rebuilt: %d documents %s in %d ms.%n", done.total(), done.documents(),
					done.millis());
		}
		catch (RuntimeException ex) {
			if (!(ex.getCause() instanceof LockObtainFailedException)) {
				throw ex;
			}
			System.err.println("The search index is in use by a running application: stop it and run the command "
					+ "again (or restart it: it rebuilds an outdated index by itself).");
			exitCode = 5;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
