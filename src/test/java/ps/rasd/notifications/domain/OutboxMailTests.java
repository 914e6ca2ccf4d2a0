package ps.rasd.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ps.rasd.notifications.MailStatus;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;

class OutboxMailTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private static OutgoingMail to(String address) {
		return new OutgoingMail(address, "إحالة", "نص", null, "case.referral", null);
	}

	@Test
	void pausesDoubleFromAMinuteUpToAnHour() {
		assertThat(IntStream.rangeClosed(1, 10).mapToObj(OutboxMail::pauseAfter).map(Duration::toMinutes))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L);
		assertThat(OutboxMail.pauseAfter(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aNewMailIsDueAtOnce() {
		OutboxMail mail = new OutboxMail(new OutgoingMail(" unit@moh.ps ", " إحالة ", "نص", " ", "case.referral", ""),
				NOW);
		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
		assertThat(mail.getRecipient()).isEqualTo("unit@moh.ps");
		assertThat(mail.getSubject()).isEqualTo("إحالة");
		assertThat(mail.getHtmlBody()).isNull();
		assertThat(mail.getReference()).isNull();
	}

	@Test
	void onlyAFailedMailIsRetried() {
		OutboxMail mail = new OutboxMail(to("unit@moh.ps"), NOW);
		assertThatThrownBy(() -> mail.retry(NOW)).isInstanceOf(ConflictException.class)
			.hasMessage("notifications.mail.not-failed");
	}

	@Test
	void aMailNotClaimedCannotBeMarkedSentOrFailed() {
		OutboxMail mail = new OutboxMail(to("unit@moh.ps"), NOW);
		assertThatThrownBy(() -> mail.delivered(NOW)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> mail.attemptFailed("x", NOW, 10)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void acceptsOnlyOnePlainAddress() {
		assertThat(MailRules.isAddress("directorate.health@moh.gov.ps")).isTrue();
		assertThat(MailRules.isAddress("a.b+case@example.org")).isTrue();
		for (String bad : new String[] { null, "", "  ", "no-at-sign", "two@@example.org", "a@b", "a@example.",
				"a@.example.org", "Name <a@example.org>", "a@example.org, b@example.org", "a b@example.org",
				"a@example.org\r\nBcc: x@example.org", "a@exa mple.org", "x".repeat(250) + "@example.org" }) {
			assertThat(MailRules.isAddress(bad)).as(bad).isFalse();
			assertThatThrownBy(() -> new OutboxMail(to(bad), NOW)).as(bad).isInstanceOf(DomainException.class)
				.hasMessage("notifications.mail.address-invalid");
		}
	}

	@Test
	void refusesAMailWithoutSubjectTextOrKindAndOneTooLong() {
		assertThatThrownBy(() -> new OutboxMail(new OutgoingMail("a@example.org", " ", "نص", null, "k", null), NOW))
			.hasMessage("notifications.mail.incomplete");
		assertThatThrownBy(() -> new OutboxMail(new OutgoingMail("a@example.org", "s", null, null, "k", null), NOW))
			.hasMessage("notifications.mail.incomplete");
		assertThatThrownBy(() -> new OutboxMail(new OutgoingMail("a@example.org", "s", "t", null, null, null), NOW))
			.hasMessage("notifications.mail.incomplete");
		assertThatThrownBy(() -> new OutboxMail(
				new OutgoingMail("a@example.org", "s", "t".repeat(100_001), null, "k", null), NOW))
			.hasMessage("notifications.mail.too-long");
	}
}
