package ps.rasd.shared;

import java.util.Set;

/**
 * What every module may know of the signed-in person: their account id, username, roles and the governorates
 * (PCBS codes) they work in. Implemented by the identity module's user details.
 */
public interface RasdPrincipal {

	/** The account id. */
	long accountId();

	/** The sign-in name. */
	String username();

	/** The name to show. */
	String displayName();

	/** Role names without prefix, e.g. {@code COORDINATOR}. */
	Set<String> roleNames();

	/** PCBS codes of the governorates this person is scoped to. */
	Set<String> governorateCodes();

	/** Whether the password is a one-time password that must be changed before anything else. */
	boolean mustChangePassword();
}
