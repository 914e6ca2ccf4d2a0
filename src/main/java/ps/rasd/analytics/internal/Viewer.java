package ps.rasd.analytics.internal;

import java.util.Set;

import ps.rasd.shared.RasdPrincipal;

/**
 * A copy of the person who asked for an export, as they were when they asked: the background job reads with their
 * roles and governorates, not with whatever the session holds later.
 */
public record Viewer(long accountId, String username, String displayName, Set<String> roleNames,
		Set<String> governorateCodes) implements RasdPrincipal {

	public Viewer {
		roleNames = Set.copyOf(roleNames);
		governorateCodes = Set.copyOf(governorateCodes);
	}

	/** The copy of a principal; {@code null} (the public) stays {@code null}. */
	public static Viewer of(RasdPrincipal principal) {
		return principal == null ? null
				: new Viewer(principal.accountId(), principal.username(), principal.displayName(),
						principal.roleNames(), principal.governorateCodes());
	}

	@Override
	public boolean mustChangePassword() {
		return false;
	}
}
