package ps.rasd.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;

/** Accounts made through the real facade, each with a unique username and a known password. */
public final class AccountFixtures {

	public static final String PASSWORD = "a long enough passphrase";

	public static final String HEBRON = "50";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private AccountFixtures() {
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
	}

	public static AccountSummary admin(IdentityManagement identity) {
		return identity.createWithPassword(uniqueName("admin"),
				new AccountDetails("Admin", null, EnumSet.of(Role.ADMIN), Set.of()), PASSWORD);
	}

	/** A Hebron monitor who has agreed to the monitors' terms. */
	public static AccountSummary hebronMonitor(IdentityManagement identity) {
		AccountSummary monitor = identity.createWithPassword(uniqueName("monitor"),
				new AccountDetails("راصد الخليل", null, EnumSet.of(Role.MONITOR), Set.of(HEBRON)), PASSWORD);
		identity.consent(monitor.username());
		return identity.account(monitor.id()).orElseThrow();
	}

	/** A documenter of Hebron (and of the other governorates given). */
	public static AccountSummary documenter(IdentityManagement identity, String... governorates) {
		return identity.createWithPassword(uniqueName("documenter"), new AccountDetails("موثّقة", null,
				EnumSet.of(Role.DOCUMENTER), governorates.length == 0 ? Set.of(HEBRON) : Set.of(governorates)),
				PASSWORD);
	}

	public static AccountSummary hebronCoordinator(IdentityManagement identity) {
		return identity.createWithPassword(uniqueName("coordinator"),
				new AccountDetails("منسقة الخليل", null, EnumSet.of(Role.COORDINATOR), Set.of(HEBRON)), PASSWORD);
	}
}
