package ps.rasd.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.shared.ValidEmail;
import ps.rasd.shared.access.Role;

/** The account administration form; {@code username} is only used when creating. */
record AccountForm(@Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
		@ValidEmail @Size(max = 254) String email, @NotEmpty Set<Role> roles, Set<String> governorates, @Positive Long organisationId, Long version) {

	static AccountForm empty() {
		return new AccountForm("", "", "", EnumSet.noneOf(Role.class), new TreeSet<>(), null, null);
	}

	static AccountForm of(AccountSummary account) {
		return new AccountForm(account.username(), account.displayName(), account.email(), account.roles(),
				account.governorates(), account.organisationId(), account.version());
	}

	AccountDetails details() {
		return new AccountDetails(displayName, email, roles == null ? Set.of() : roles,
				governorates == null ? Set.of() : governorates, organisationId);
	}
}
