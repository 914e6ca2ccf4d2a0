package ps.rasd.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.shared.DomainException;
import ps.rasd.support.IntegrationTest;

/** Queueing, on the application as it runs without a mail server. */
@IntegrationTest
class MailOutboxTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	PlatformTransactionManager transactionManager;

	static OutgoingMail referral(String to) {
		return new OutgoingMail(to, "إحالة الحالة RSD-2026-000123 إلى مديرية الصحة",
				"أُحيلت إليكم الحالة RSD-2026-000123.", null, "case.referral", "RSD-2026-000123");
	}

	private long queueInTransaction(OutgoingMail mail) {
		return new TransactionTemplate(transactionManager).execute(status -> outbox.queue(mail));
	}

	@Test
	void refusesToQueueOutsideATransaction() {
		assertThatThrownBy(() -> outbox.queue(referral("health@moh.ps")))
			.isInstanceOf(IllegalTransactionStateException.class).hasMessageContaining("mandatory");
	}

	@Test
	void refusesAMalformedAddressWithAClearCode() {
		assertThatThrownBy(() -> queueInTransaction(referral("health-at-moh.ps")))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("notifications.mail.address-invalid");
				assertThat(ex.arguments()).containsExactly("health-at-moh.ps");
			});
		assertThatThrownBy(() -> queueInTransaction(referral("Health <health@moh.ps>")))
			.hasMessage("notifications.mail.address-invalid");
	}

	@Test
	void aRefusedMailDoesNotRollBackTheRestOfTheCallersChange() {
		long before = outbox.counts().get("PENDING");
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			outbox.queue(referral("health@moh.ps"));
			assertThatThrownBy(() -> outbox.queue(referral("a@b.c"))).isInstanceOf(DomainException.class);
		});
		assertThat(outbox.counts().get("PENDING")).as("the good mail committed").isEqualTo(before + 1);
	}

	@Test
	void aMailQueuedInATransactionThatRollsBackIsNeverSeen() {
		long before = outbox.counts().get("PENDING");
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		transaction.executeWithoutResult(status -> {
			outbox.queue(referral("health@moh.ps"));
			status.setRollbackOnly();
		});
		assertThat(outbox.counts().get("PENDING")).isEqualTo(before);
	}

	@Test
	void withoutAMailServerMailIsKeptPendingAndNothingIsLost() {
		long id = queueInTransaction(referral("health@moh.ps"));
		assertThat(dispatcher.sending()).isFalse();
		assertThat(dispatcher.dispatchNow()).isZero();
		OutboxEntry entry = outbox.entries("PENDING", 0, 500).items().stream().filter(e -> e.id() == id).findFirst()
			.orElseThrow();
		assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
		assertThat(entry.attempts()).isZero();
		assertThat(entry.subject()).isEqualTo("إحالة الحالة RSD-2026-000123 إلى مديرية الصحة");
		assertThat(entry.reference()).isEqualTo("RSD-2026-000123");
	}

	@Test
	void countsEveryStatusAndFiltersByStatus() {
		queueInTransaction(referral("health@moh.ps"));
		assertThat(outbox.counts()).containsOnlyKeys("PENDING", "SENDING", "SENT", "FAILED");
		assertThat(outbox.counts().get("PENDING")).isPositive();
		assertThat(outbox.entries("sent", 0, 10).items()).allMatch(e -> e.status() == MailStatus.SENT);
		assertThat(outbox.entries(" ", 0, 10).items()).isNotEmpty();
		assertThatThrownBy(() -> outbox.entries("LOST", 0, 10)).hasMessage("notifications.mail.status-unknown");
	}

	@Test
	void retryingAMailThatHasNotFailedIsRefused() {
		long id = queueInTransaction(referral("health@moh.ps"));
		assertThatThrownBy(() -> outbox.retry(id)).hasMessage("notifications.mail.not-failed");
		assertThatThrownBy(() -> outbox.retry(-1)).hasMessage("notifications.mail.not-found");
	}
}
