package ps.rasd.media.internal;

import java.util.Set;

import ps.rasd.shared.RasdPrincipal;

/** Rasd itself, when it loads the demo pages, news and publications. */
record SystemEditor() implements RasdPrincipal {

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
