package ps.rasd;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Rasd (رصد): one deployable application that monitors public services, follows problems up with the authorities
 * responsible and publishes what it finds.
 *
 * <p>{@code java -jar rasd.jar} starts the web application; {@code java -jar rasd.jar create-admin --username NAME}
 * creates the first administrator without starting the web server (see {@code identity.internal.CreateAdminCommand}).
 * A command runs with the profile {@code command}: no web server, no periodic jobs, no background indexer, and the
 * application's pending event publications are left to the application (they are not replayed by the command).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RasdApplication {

	/** An argument that turns a start into a one-off administrative command. */
	public static final String CREATE_ADMIN = "create-admin";

	/** Checks the audit chain and exits. */
	public static final String AUDIT_VERIFY = "audit-verify";

	/** Rebuilds the search index and exits. */
	public static final String SEARCH_REINDEX = "search-reindex";

	/** Counts the published cases and reply times for the public figures again, and exits. */
	public static final String PUBLIC_COUNTS_REBUILD = "public-counts-rebuild";

	/** Counts the people reached by activities (donor figures) again, and exits. */
	public static final String ACTIVITIES_REACH_REBUILD = "activities-reach-rebuild";

	/** Every one-off command (a backup and a restore too). */
	public static final java.util.Set<String> COMMANDS = java.util.Set.of(CREATE_ADMIN, AUDIT_VERIFY, SEARCH_REINDEX,
			PUBLIC_COUNTS_REBUILD, ACTIVITIES_REACH_REBUILD, "backup", "restore");

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(RasdApplication.class);
		if (Arrays.stream(args).anyMatch(COMMANDS::contains)) {
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(app.run(args)));
		}
		app.run(args);
	}
}
