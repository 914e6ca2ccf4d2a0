package ps.rasd.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.NewCase;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.ReviewDecision;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/**
 * A partner organisation's user finds, from their navigation, the visits and cases shared with partners (scores and
 * the redacted copy), and not those kept internal.
 */
@IntegrationTest
@Transactional
class PartnerPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	CaseIntake intake;

	@Autowired
	CasePublication publication;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	private String page(String uri, String username, String language) throws Exception {
		var result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username)))
			.cookie(new Cookie("rasd-lang", language)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aPartnerSeesTheVisitsAndCasesSharedWithPartnersFromTheNavigation() throws Exception {
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		MonitoringFixtures.publishedHealthForm(forms);
		var monitorAccount = AccountFixtures.hebronMonitor(identity);
		var monitor = (RasdPrincipal) users.loadUserByUsername(monitorAccount.username());
		RasdPrincipal coordinator = Principals.coordinator("50");
		VisitSummary shared = monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(),
				"partner-pages-1", monitor).visit();
		shared = monitoring.review(shared.id(), shared.version(), ReviewDecision.APPROVE, null, coordinator);
		monitoring.share(shared.id(), shared.version(), Tier.PARTNERS, null, coordinator);
		VisitSummary internal = monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(),
				"partner-pages-2", monitor).visit();
		monitoring.review(internal.id(), internal.version(), ReviewDecision.APPROVE, null, coordinator);
		String sharedCase = intake.file(new NewCase("مشكلة مشتركة مع الشركاء", "وصف لا يُنشر", null, null, clinic.id(),
				null, null, null), null, CaseSource.STAFF, null, monitor).summary().reference();
		publication.publication(sharedCase, 0, Tier.PARTNERS, null, null, null, coordinator);
		String internalCase = intake.file(new NewCase("مشكلة داخلية", "وصف", null, null, clinic.id(), null, null, null),
				null, CaseSource.STAFF, null, monitor).summary().reference();
		String partner = identity.createWithPassword(AccountFixtures.uniqueName("partner"),
				new AccountDetails("شريك", null, EnumSet.of(Role.PARTNER), Set.of()), AccountFixtures.PASSWORD)
			.username();

		String ar = page("/shared/visits", partner, "ar");
		assertThat(ar).contains("href=\"/shared/visits\"", "href=\"/shared/cases\"", "زيارات الرصد المشتركة مع مؤسستكم",
				"الشركاء");
		assertThat(ar.split("<tbody>")[1].split("<tr").length - 1).as("only the shared visit").isEqualTo(1);
		assertThat(ar).doesNotContain(monitorAccount.displayName());
		assertThat(page("/shared/visits", partner, "en")).contains("Monitoring visits shared with your organisation",
				"Partners");

		String cases = page("/shared/cases", partner, "en");
		assertThat(cases).contains("Cases shared with your organisation", sharedCase).doesNotContain(internalCase)
			.doesNotContain("وصف لا يُنشر");
		assertThat(page("/shared/cases", partner, "ar")).contains("البلاغات المشتركة مع مؤسستكم", sharedCase);
	}
}
