package ps.rasd.shared.spi;

import java.util.Optional;
import java.util.Set;

import ps.rasd.shared.RasdPrincipal;

/**
 * Personal API tokens, as the platform's security sees them: a token sent as {@code Authorization: Bearer …} becomes
 * the person it belongs to, with their roles, for that request only. Implemented by the identity module.
 */
public interface BearerTokens {

	/** The person a valid, unrevoked, unexpired token belongs to; empty otherwise. */
	Optional<Holder> authenticate(String token);

	/**
	 * @param principal the person
	 * @param roles role names without prefix
	 * @param mayWrite whether the token's scope allows changes (otherwise reading only)
	 */
	record Holder(RasdPrincipal principal, Set<String> roles, boolean mayWrite) {
	}
}
