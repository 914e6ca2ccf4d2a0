package ps.rasd.shared;

import java.util.Set;

/**
 * Rasd itself acting as an administrator, when it loads demo content: account 0, recorded as "system" in the audit
 * log. Never a signed-in person.
 */
public record SystemPrincipal() implements RasdPrincipal {

	@Override
	public long accountId() {
		return 0;
	}

	@Override
	public String username() {
		return "system";
	}

	@Override
	public String displayName() {
		return "Rasd";
	}

	@Override
	public Set<String> roleNames() {
		return Set.of("ADMIN");
	}

	@Override
	public Set<String> governorateCodes() {
		return Set.of();
	}

	@Override
	public boolean mustChangePassword() {
		return false;
	}
}
