package ps.rasd.identity;

import ps.rasd.shared.access.Role;
import java.util.Set;

/**
 * What an administrator sets on an account.
 *
 * @param displayName the name to show
 * @param email the e-mail address, may be blank
 * @param roles at least one role
 * @param governorates PCBS codes; at least one when a role needs governorates
 * @param organisationId the partner organisation the person belongs to, or {@code null}
 */
public record AccountDetails(String displayName, String email, Set<Role> roles, Set<String> governorates,
		Long organisationId) {

	/** Details of a person of no partner organisation. */
	public AccountDetails(String displayName, String email, Set<Role> roles, Set<String> governorates) {
		this(displayName, email, roles, governorates, null);
	}
}
