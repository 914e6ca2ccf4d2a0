package ps.rasd.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/**
 * The audit log page names people and actions in the reader's language and filters with pickers, while the log and
 * its CSV export keep the account id and the action code (erasure and machines rely on them).
 */
@IntegrationTest
class AuditLogPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	AccountSummary admin;

	UserDetails adminDetails;

	String subject;

	@BeforeEach
	void anEntryByANamedAdministrator() {
		admin = identity.createWithPassword(AccountFixtures.uniqueName("admin"),
				new AccountDetails("ليلى المشرفة", null, EnumSet.of(Role.ADMIN), Set.of()), AccountFixtures.PASSWORD);
		adminDetails = users.loadUserByUsername(admin.username());
		subject = "audit-page-" + System.nanoTime();
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(adminDetails, null, adminDetails.getAuthorities()));
		try {
			trail.record("account.created", "account", subject, null, null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String page(String query, String language) throws Exception {
		MvcTestResult result = mvc.get().uri("/admin/audit" + query).with(user(adminDetails))
			.cookie(new Cookie("rasd-lang", language)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String table(String page) {
		return page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
	}

	@Test
	void entriesShowTheNameAndTheTranslatedActionInArabic() throws Exception {
		String page = page("?subjectId=" + subject, "ar");
		assertThat(table(page)).contains("ليلى المشرفة", "أنشأ حساباً", "حساب")
			.doesNotContain("account-" + admin.id(), ">account.created<");
		assertThat(page).contains("<select id=\"action\"", "<select id=\"actor\"", "<select id=\"subjectType\"")
			.contains("value=\"account.created\"").contains(">ليلى المشرفة</option>");
	}

	@Test
	void entriesShowTheNameAndTheTranslatedActionInEnglish() throws Exception {
		String page = page("?subjectId=" + subject, "en");
		assertThat(table(page)).contains("ليلى المشرفة", "Created an account")
			.doesNotContain("account-" + admin.id(), ">account.created<");
		assertThat(page).contains(">Created an account</option>", ">account</option>");
	}

	@Test
	void thePickerFiltersByWhoAndWhatWhileTheExportKeepsIdsAndCodes() throws Exception {
		String filtered = page("?actor=account-" + admin.id() + "&action=account.created", "en");
		assertThat(table(filtered)).contains("ليلى المشرفة");
		assertThat(filtered).contains("value=\"account-" + admin.id() + "\" selected");

		MvcTestResult csv = mvc.get().uri("/admin/audit.csv?subjectId=" + subject).with(user(adminDetails)).exchange();
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("account-" + admin.id(), "account.created").doesNotContain("ليلى المشرفة");
	}
}
