package ps.rasd.identity.rest;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import ps.rasd.identity.AccountDetails;
import ps.rasd.shared.ValidEmail;
import ps.rasd.shared.access.Role;

/** The JSON body that creates an account. */
record NewAccountRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
		@ValidEmail @Size(max = 254) String email, @NotEmpty Set<Role> roles, Set<String> governorates) {

	AccountDetails details() {
		return new AccountDetails(displayName, email, roles, governorates == null ? Set.of() : governorates);
	}
}
