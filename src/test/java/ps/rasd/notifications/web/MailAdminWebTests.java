package ps.rasd.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

@IntegrationTest
class MailAdminWebTests {

	private static final String SUBJECT = "إحالة الحالة RSD-2026-000123 إلى مديرية الصحة";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	MailOutbox outbox;

	@Autowired
	PlatformTransactionManager transactionManager;

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private long queue() {
		return new TransactionTemplate(transactionManager).execute(status -> outbox.queue(new OutgoingMail(
				"health.hebron@moh.ps", SUBJECT, "نص", null, "case.referral", "RSD-2026-000123")));
	}

	@Test
	void anAdministratorSeesTheOutboxWithCountsAndAWarningThatNoServerIsSet() {
		queue();
		MvcTestResult page = mvc.get().uri("/admin/mail").with(as(AccountFixtures.admin(identity))).exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("البريد الصادر")
			.contains(SUBJECT)
			.contains("health.hebron@moh.ps")
			.contains("case.referral RSD-2026-000123")
			.contains("في الانتظار")
			.contains("RASD_MAIL_HOST")
			.contains("href=\"/admin/mail\"");
		assertThat(mvc.get().uri("/admin/mail?status=PENDING").with(as(AccountFixtures.admin(identity)))
			.cookie(new Cookie("rasd-lang", "en")).exchange()).hasStatusOk().bodyText()
			.contains("Outgoing mail")
			.contains("Waiting")
			.contains(SUBJECT);
	}

	@Test
	void anUnknownStatusInTheAddressShowsEverything() {
		queue();
		assertThat(mvc.get().uri("/admin/mail?status=LOST&page=-3").with(as(AccountFixtures.admin(identity)))
			.exchange()).hasStatusOk().bodyText().contains(SUBJECT);
	}

	@Test
	void onlyAdministratorsReachTheOutbox() {
		assertThat(mvc.get().uri("/admin/mail").with(as(AccountFixtures.hebronCoordinator(identity))).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/mail").with(as(AccountFixtures.hebronMonitor(identity))).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/mail").exchange()).hasStatus3xxRedirection();
		long id = queue();
		assertThat(mvc.post().uri("/admin/mail/" + id + "/retry").with(as(AccountFixtures.hebronCoordinator(identity)))
			.with(csrf()).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/admin/mail/" + id + "/retry").with(as(AccountFixtures.admin(identity)))
			.exchange()).as("without CSRF token").hasStatus(403);
	}

	@Test
	void retryingAMailThatHasNotFailedSaysSo() {
		long id = queue();
		MvcTestResult result = mvc.post().uri("/admin/mail/" + id + "/retry").with(as(AccountFixtures.admin(identity)))
			.with(csrf()).exchange();
		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getMvcResult().getFlashMap().get("problem")).isEqualTo("notifications.mail.not-failed");
	}
}
