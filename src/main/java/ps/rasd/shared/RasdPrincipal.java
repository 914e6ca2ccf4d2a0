package ps.rasd.shared;

import java.util.Set;

import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

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

	/** The partner organisation this person belongs to, or {@code null}. */
	default Long organisationId() {
		return null;
	}

	/** Whether this person must agree to the monitors' terms before anything else. */
	default boolean needsConsent() {
		return false;
	}

	/** This person as every read rule sees them (typed roles, governorates, account, organisation). */
	default Reader reader() {
		return Reader.of(this);
	}

	/** Whether this person administers everything. */
	default boolean isAdmin() {
		return reader().is(Role.ADMIN);
	}

	/**
	 * Whether this person may manage records of the governorate: administrators everywhere, coordinators in their
	 * governorates.
	 */
	default boolean manages(String governorateCode) {
		return reader().isIn(Role.COORDINATOR, governorateCode);
	}

	/** Whether this person works in the governorate (any role scoped to it), or administers everything. */
	default boolean worksIn(String governorateCode) {
		return isAdmin() || governorateCodes().contains(governorateCode);
	}
}
