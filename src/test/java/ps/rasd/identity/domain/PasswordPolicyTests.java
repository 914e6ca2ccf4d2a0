package ps.rasd.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void refusesShortPasswords() {
		assertThatThrownBy(() -> PasswordPolicy.check("rami", "short-pass1")).hasMessage("identity.password.too-short");
	}

	@Test
	void refusesPasswordsThatContainTheUsername() {
		assertThatThrownBy(() -> PasswordPolicy.check("rami", "my name is RAMI, ok"))
			.hasMessage("identity.password.contains-username");
	}

	@Test
	void acceptsALongArabicPassphrase() {
		assertThatCode(() -> PasswordPolicy.check("rami", "الزيتون أخضر في الخليل")).doesNotThrowAnyException();
	}

	@Test
	void oneTimePasswordsAreLongUnambiguousAndDifferent() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String password = PasswordPolicy.oneTimePassword();
			assertThat(password).hasSize(16).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
			seen.add(password);
		}
		assertThat(seen).hasSize(200);
	}
}
