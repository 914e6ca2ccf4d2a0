package ps.rasd.polls.internal;

import java.util.Set;

import ps.rasd.shared.RasdPrincipal;

/** Who records the demo poll: Rasd itself (an administrator), or a demo monitor interviewing as an enumerator. */
record DemoActor(long accountId, String username, Set<String> roleNames) implements RasdPrincipal {

	static DemoActor system() {
		return new DemoActor(0, "system", Set.of("ADMIN"));
	}

	static DemoActor enumerator(long accountId, String username) {
		return new DemoActor(accountId, username, Set.of("MONITOR"));
	}

	@Override
	public String displayName() {
		return username;
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
