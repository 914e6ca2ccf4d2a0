package ps.rasd.platform.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

import ps.rasd.shared.WarmUp;

/**
 * The repositories are made on first use ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}): checking and
 * parsing their queries took a sixth of the start-up's CPU, before the application could serve anyone. Once it is
 * ready, this makes the ones not used yet in the background ({@code rasd-repositories-warm-up}), so that the first
 * requests do not pay for them either. With the default bootstrap (the tests, which check every query at start) they
 * are all made already and this does nothing.
 */
@Component
class RepositoriesWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RepositoriesWarmUp.class);

	private final ListableBeanFactory beans;

	RepositoriesWarmUp(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@EventListener(classes = ApplicationReadyEvent.class, condition = "!@environment.matchesProfiles('command')")
	void warmUpInBackground() {
		WarmUp.inBackground("rasd-repositories-warm-up", () -> {
			long start = System.nanoTime();
			try {
				int made = beans.getBeansOfType(Repository.class).size();
				log.info("{} repositories ready in {} ms", made, (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				// a repository that cannot be made fails again, with its reason, where it is used
				log.warn("Repositories could not be made ahead: {}", ex.toString());
			}
		});
	}
}
