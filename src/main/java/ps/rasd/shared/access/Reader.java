package ps.rasd.shared.access;

import java.util.EnumSet;
import java.util.Set;

import ps.rasd.shared.RasdPrincipal;

/**
 * The person who reads, as every read rule sees them: built once from the signed-in principal.
 *
 * @param roles the roles, empty for the public
 * @param governorates PCBS codes of the governorates the person is scoped to
 * @param personId the account id, {@code 0} for the public
 * @param organisationId the partner organisation the person belongs to, or {@code null}
 */
public record Reader(Set<Role> roles, Set<String> governorates, long personId, Long organisationId) {

	/** Anyone, not signed in. */
	public static final Reader PUBLIC = new Reader(Set.of(), Set.of(), 0, null);

	public Reader {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		governorates = Set.copyOf(governorates);
	}

	/** The reader of a principal; {@link #PUBLIC} for {@code null}. */
	public static Reader of(RasdPrincipal principal) {
		if (principal == null) {
			return PUBLIC;
		}
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : principal.roleNames()) {
			Role role = Role.named(name);
			if (role != null) {
				roles.add(role);
			}
		}
		return new Reader(roles, principal.governorateCodes(), principal.accountId(), principal.organisationId());
	}

	/** A staff reader with the given roles and governorates (tests, system work). */
	public static Reader of(long personId, Set<String> governorates, Role... roles) {
		return new Reader(roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), governorates, personId, null);
	}

	/** Whether this person holds the role. */
	public boolean is(Role role) {
		return roles.contains(role);
	}

	/** Whether nobody is signed in. */
	public boolean isPublic() {
		return personId <= 0 && roles.isEmpty();
	}

	/** Administrators and analysts read every unsealed record. */
	public boolean readsEverything() {
		return is(Role.ADMIN) || is(Role.ANALYST);
	}

	/** The governorates this person works in with the role (empty when they do not hold it). */
	public Set<String> governoratesAs(Role role) {
		return is(role) ? governorates : Set.of();
	}

	/** Whether this person holds the role in the governorate; administrators hold every role everywhere. */
	public boolean isIn(Role role, String governorate) {
		return is(Role.ADMIN) || (is(role) && governorate != null && governorates.contains(governorate));
	}
}
