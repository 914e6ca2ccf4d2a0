package ps.rasd.openrosa.internal;

import java.util.Set;
import java.util.stream.Collectors;

import ps.rasd.identity.AccountSummary;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Role;

/** The monitor a device acts as, with the roles and governorates of their account at the time of the request. */
public record DevicePrincipal(long accountId, String username, String displayName, Set<String> roleNames,
		Set<String> governorateCodes, Long organisationId) implements RasdPrincipal {

	public static DevicePrincipal of(AccountSummary account) {
		return new DevicePrincipal(account.id(), account.username(), account.displayName(),
				account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
				Set.copyOf(account.governorates()), account.organisationId());
	}

	@Override
	public boolean mustChangePassword() {
		return false;
	}
}
