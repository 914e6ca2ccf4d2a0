package ps.rasd.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The password page's fields. */
record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
		@NotBlank String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}
}
