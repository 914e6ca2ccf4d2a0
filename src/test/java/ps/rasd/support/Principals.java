package ps.rasd.support;

import java.util.Set;

import ps.rasd.shared.RasdPrincipal;

/** Principals for calling facades directly in tests, as the web layer would for a signed-in person. */
public final class Principals {

	private Principals() {
	}

	public static RasdPrincipal admin() {
		return of("admin-test", Set.of("ADMIN"), Set.of());
	}

	public static RasdPrincipal coordinator(String... governorates) {
		return of("coordinator-test", Set.of("COORDINATOR"), Set.of(governorates));
	}

	public static RasdPrincipal coordinator(long accountId, String... governorates) {
		return new Fixed(accountId, "coordinator-" + accountId, Set.of("COORDINATOR"), Set.of(governorates));
	}

	public static RasdPrincipal monitor(long accountId, String... governorates) {
		return new Fixed(accountId, "monitor-" + accountId, Set.of("MONITOR"), Set.of(governorates));
	}

	public static RasdPrincipal documenter(long accountId, String... governorates) {
		return new Fixed(accountId, "documenter-" + accountId, Set.of("DOCUMENTER"), Set.of(governorates));
	}

	public static RasdPrincipal partner(long accountId) {
		return new Fixed(accountId, "partner-" + accountId, Set.of("PARTNER"), Set.of());
	}

	public static RasdPrincipal analyst() {
		return of("analyst-test", Set.of("ANALYST"), Set.of());
	}

	/** Someone with one role and no governorate. */
	public static RasdPrincipal of(String username, String role) {
		return of(username, Set.of(role), Set.of());
	}

	private static RasdPrincipal of(String username, Set<String> roles, Set<String> governorates) {
		return new Fixed(0, username, roles, governorates);
	}

	private record Fixed(long accountId, String username, Set<String> roleNames, Set<String> governorateCodes)
			implements RasdPrincipal {

		@Override
		public String displayName() {
			return username;
		}

		@Override
		public boolean mustChangePassword() {
			return false;
		}
	}
}
