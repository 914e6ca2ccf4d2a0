package ps.rasd.identity;

import ps.rasd.shared.access.Role;
import java.time.Instant;
import java.util.Set;

/**
 * An account as pages and other modules see it; never carries the password hash.
 *
 * @param id the account id
 * @param username the sign-in name
 * @param displayName the name to show
 * @param email the e-mail address, may be {@code null}
 * @param roles the roles
 * @param governorates PCBS codes of the governorates in scope
 * @param enabled whether the account may sign in
 * @param mustChangePassword whether the password is a one-time password
 * @param lastSignInAt the last successful sign-in, may be {@code null}
 * @param consentVersion the version of the monitors' terms agreed to, {@code null} when not yet
 * @param version the version to send back with a change
 * @param organisationId the partner organisation the person belongs to, or {@code null}
 */
public record AccountSummary(long id, String username, String displayName, String email, Set<Role> roles,
		Set<String> governorates, boolean enabled, boolean mustChangePassword, Instant lastSignInAt,
		String consentVersion, long version, Long organisationId) {

	/** Whether this person must agree to the current monitors' terms before working. */
	public boolean needsConsent() {
		return roles.contains(Role.MONITOR) && !IdentityManagement.CONSENT_VERSION.equals(consentVersion);
	}
}
