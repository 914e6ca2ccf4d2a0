package ps.rasd.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ps.rasd.identity.AccountCreated;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.DomainException;

/**
 * {@code java -jar rasd.jar create-admin --username NAME [--display-name "..."] [--email ...]}: creates an
 * administrator with a one-time password, printed once, that must be changed at first sign-in. Runs without the
 * web server; exits 0 on success, 2 on bad arguments or an existing username.
 */
@Component
@Profile("command")
class CreateAdminCommand implements ApplicationRunner, ExitCodeGenerator {

	/** Must match {@code RasdApplication.CREATE_ADMIN}, which starts the application without a web server. */
	static final String COMMAND = "create-admin";

	private final IdentityManagement identity;

	private int exitCode;

	CreateAdminCommand(IdentityManagement identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> raw = List.of(args.getSourceArgs());
		if (!raw.contains(COMMAND)) {
			return;
		}
		String username = option(raw, "--username");
		if (username == null || username.isBlank()) {
			fail("Usage: java -jar rasd.jar create-admin --username NAME [--display-name NAME] [--email ADDRESS]");
			return;
		}
		String displayName = option(raw, "--display-name");
		try {
			AccountCreated created = identity.create(username,
					new AccountDetails(displayName == null ? username : displayName, option(raw, "--email"),
							EnumSet.of(Role.ADMIN), Set.of()));
			System.out.printf("%nAdministrator '%s' created.%nOne-time password: %s%n"
					+ "It must be changed at the first sign-in.%n%n", created.account().username(),
					created.oneTimePassword());
		}
		catch (DomainException ex) {
			fail("Cannot create the administrator: " + ex.code());
		}
	}

	/** Reads {@code --name=value} or {@code --name value}. */
	static String option(List<String> args, String name) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith(name + "=")) {
				return arg.substring(name.length() + 1);
			}
			if (arg.equals(name) && i + 1 < args.size()) {
				return args.get(i + 1);
			}
		}
		return null;
	}

	private void fail(String message) {
		System.err.println(message);
		exitCode = 2;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
