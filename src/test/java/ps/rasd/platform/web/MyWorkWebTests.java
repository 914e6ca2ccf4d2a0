package ps.rasd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.NewCase;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.RoundPlanning;
import ps.rasd.polls.PollManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.PollFixtures;

/**
 * The start page after sign-in shows each role what waits for it, read through each module's facade: only what the
 * person may read, in Arabic and in English.
 */
@IntegrationTest
@Transactional
class MyWorkWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	RoundPlanning rounds;

	@Autowired
	CaseIntake intake;

	@Autowired
	PollManagement polls;

	private String account(String name, Role role, String... governorates) {
		String username = identity.createWithPassword(AccountFixtures.uniqueName(name),
				new AccountDetails(name, null, EnumSet.of(role), Set.of(governorates)), AccountFixtures.PASSWORD)
			.username();
		identity.consent(username);
		return username;
	}

	private RasdPrincipal principal(String username) {
		return (RasdPrincipal) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void aMonitorSeesTheVisitsToDoInBothLanguages() {
		String monitor = account("m", Role.MONITOR, "50");
		String coordinator = account("c", Role.COORDINATOR, "50");
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		long formId = MonitoringFixtures.publishedHealthForm(forms).id();
		long round = rounds.create(new LocalizedText("جولة", null), formId, Set.of("50"), LocalDate.now(),
				LocalDate.now().plusDays(30), principal(coordinator)).id();
		rounds.assign(round, principal(monitor).accountId(), List.of(clinic.id()), LocalDate.now().plusDays(7),
				principal(coordinator));

		assertThat(mvc.get().uri("/my-work").with(as(monitor)).exchange()).hasStatusOk().bodyText()
			.contains("زيارات عليك القيام بها", "مركز صحي دورا", "/facilities/" + clinic.id(),
					"زيارات أُعيدت إليك للتصحيح", "تحقّقات من الإصلاح مطلوبة منك")
			.doesNotContain("بلاغات تنتظر التحقق");
		assertThat(mvc.get().uri("/my-work").with(as(monitor)).cookie(new Cookie("rasd-lang", "en")).exchange())
			.bodyText().contains("Visits to do", "Dura Health Centre", "Visits sent back to you", "Fix checks due");
	}

	@Test
	void aCoordinatorSeesTheCasesWaitingInTheirGovernoratesOnly() {
		String monitor = account("m", Role.MONITOR, "50");
		String coordinator = account("c", Role.COORDINATOR, "50");
		String elsewhere = account("c2", Role.COORDINATOR, "45");
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		String reference = intake.file(new NewCase("انقطاع الماء في المركز", "وصف المشكلة", null, null, clinic.id(), null,
				null, null), null, CaseSource.STAFF, null, principal(monitor)).summary().reference();

		assertThat(mvc.get().uri("/my-work").with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("بلاغات تنتظر التحقق", "إحالات تجاوزت موعدها", "زيارات تنتظر المراجعة", reference,
					"انقطاع الماء في المركز");
		assertThat(mvc.get().uri("/my-work").with(as(elsewhere)).exchange()).hasStatusOk().bodyText()
			.contains("بلاغات تنتظر التحقق").doesNotContain(reference);
	}

	@Test
	void anAnalystSeesThePollsInFieldworkAndAPartnerIsToldTheRoleHasNoLists() {
		var poll = PollFixtures.pollInFieldwork(polls, forms);
		assertThat(mvc.get().uri("/my-work").with(as(account("a", Role.ANALYST))).exchange()).hasStatusOk()
			.bodyText().contains("استطلاعات في العمل الميداني", "/polls/" + poll.id());
		assertThat(mvc.get().uri("/my-work").with(as(account("p", Role.PARTNER))).exchange()).hasStatusOk()
			.bodyText().contains("لا قوائم عمل لدورك هنا");
	}

	@Test
	void anAdministratorSeesASummaryAndADocumenterTheEventsToLookAt() {
		assertThat(mvc.get().uri("/my-work").with(as(account("ad", Role.ADMIN))).exchange()).hasStatusOk().bodyText()
			.contains("الحسابات", "/admin/accounts", "رسائل بريد لم تُرسل", "بلاغات تنتظر التحقق",
					"زيارات تنتظر المراجعة", "استطلاعات في العمل الميداني", "انتهاكات مبلَّغ عنها لم تُفحص بعد");
		assertThat(mvc.get().uri("/my-work").with(as(account("d", Role.DOCUMENTER, "50"))).exchange()).hasStatusOk()
			.bodyText().contains("انتهاكات مبلَّغ عنها لم تُفحص بعد", "انتهاكات قيد التحقق")
			.doesNotContain("الحسابات", "بلاغات تنتظر التحقق");
	}

	@Test
	void theStartPageNeedsAnAccount() {
		assertThat(mvc.get().uri("/my-work").exchange()).hasStatus3xxRedirection();
	}
}
