package ps.rasd.polls.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link PollResultsWebTests} again, on a real PostgreSQL. */
class PostgresPollResultsWebTests extends PollResultsWebTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
