package ps.rasd.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ps.rasd.shared.EmailAddress;
import ps.rasd.shared.ValidEmail;

class EmailRuleTests {

	private static final String[] GOOD = { "rami@example.org", "r.k+rasd@mail.gov.ps", " health@moh.ps ",
			"x@sub.domain.co" };

	private static final String[] BAD = { "a@b.c", "rami@localhost", "not-an-email", "a@@b.org", "a b@c.org",
			"Rami <rami@example.org>", "rami@example.org\nBcc: x@y.org", "rami@.example.org", "@example.org",
			"rami@example.", "x".repeat(250) + "@e.org" };

	@Test
	void formsAndTheOutboxApplyOneRule() {
		ValidEmail.Checker form = new ValidEmail.Checker();
		for (String good : GOOD) {
			assertThat(EmailAddress.isValid(good)).as(good).isTrue();
			assertThat(form.isValid(good, null)).as(good).isTrue();
			assertThat(MailRules.isAddress(good)).as(good).isTrue();
		}
		for (String bad : BAD) {
			assertThat(EmailAddress.isValid(bad)).as(bad).isFalse();
			assertThat(form.isValid(bad, null)).as(bad).isFalse();
			assertThat(MailRules.isAddress(bad)).as(bad).isFalse();
		}
	}

	@Test
	void anOptionalFieldMayBeLeftEmpty() {
		assertThat(new ValidEmail.Checker().isValid(null, null)).isTrue();
		assertThat(new ValidEmail.Checker().isValid("  ", null)).isTrue();
		assertThat(EmailAddress.isValid(null)).isFalse();
	}
}
