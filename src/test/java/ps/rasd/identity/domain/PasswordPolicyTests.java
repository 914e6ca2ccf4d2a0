package ps.rasd.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ps.rasd.shared.DomainException;

class PasswordPolicyTests {

	private static void refused(String password, String code) {
		assertThatThrownBy(() -> PasswordPolicy.check("rami", password, "Rami Khalil", "rami.k@example.org"))
			.as(password).isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo(code));
	}

	private static final java.util.Set<String> GUESSABLE = java.util.Set.of("identity.password.common",
			"identity.password.repeats", "identity.password.sequence", "identity.password.keyboard",
			"identity.password.date", "identity.password.personal", "identity.password.weak");

	private static void guessable(String password) {
		assertThatThrownBy(() -> PasswordPolicy.check("rami", password, "Rami Khalil", "rami.k@example.org"))
			.as(password).isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isIn(GUESSABLE));
	}

	@Test
	void refusesTheLongButGuessablePasswordsTheLengthRuleLetThrough() {
		guessable("aaaaaaaaaaaa");
		guessable("passwordpassword");
		guessable("123456789012");
		guessable("qwertyuiopasdf");
		guessable("iloveyou12345");
	}

	@Test
	void saysWhatMakesThePasswordGuessable() {
		refused("passwordpassword", "identity.password.repeats");
		refused("123456789012", "identity.password.common");
	}

	@Test
	void refusesPasswordsBuiltOnThePersonOrTheApplication() {
		guessable("khalilkhalil1");
		guessable("rasdrasdrasd12");
	}

	@Test
	void keepsTheLengthAndUsernameRules() {
		refused("short", "identity.password.too-short");
		refused("x".repeat(129), "identity.password.too-long");
		refused("my-name-is-rami-ok", "identity.password.contains-username");
	}

	@Test
	void acceptsLongPhrasesNobodyWouldGuess() {
		assertThatCode(() -> PasswordPolicy.check("rami", "a long enough passphrase")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("rami", "olive trees at dawn in jenin")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("rami", "زيتون الخليل ٢٠٢٦ صباحاً")).doesNotThrowAnyException();
	}

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

	@Test
	void oneTimePasswordsPassThePolicy() {
		for (int i = 0; i < 50; i++) {
			String password = PasswordPolicy.oneTimePassword();
			assertThatCode(() -> PasswordPolicy.check("rami", password)).doesNotThrowAnyException();
		}
	}
}
