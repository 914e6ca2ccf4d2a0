package ps.rasd.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.NewCase;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/** A facility page tells anyone which published cases concern it and how its authority answers referrals. */
@IntegrationTest
@Transactional
class FacilityCasesSectionWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CasePublication casePublication;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	RegistryManagement registry;

	@Test
	void thePublicSeesThePublishedCasesAtAFacilityAndNeverTheOthers() {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		CaseSummary published = file(clinic, "لا يوجد طبيب مساءً");
		casePublication.publication(published.reference(), published.version(), Tier.PUBLIC, null, "غياب الطبيب في الفترة المسائية",
				"قصة منقحة", Principals.coordinator("50"));
		file(clinic, "شكوى داخلية عن موظف باسمه");

		var page = mvc.get().uri("/facilities/" + clinic.id()).cookie(new Cookie("rasd-lang", "en")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Published cases at this facility")
			.contains("غياب الطبيب في الفترة المسائية").contains("/findings/" + published.reference())
			.contains("Open: 1 · resolved or closed: 0").doesNotContain("شكوى داخلية عن موظف باسمه")
			.doesNotContain("لا يوجد طبيب مساءً")
			.contains("Responsible authority: Hebron Health Directorate")
			.contains("Fewer than 5 cases were referred to this authority");
	}

	@Test
	void aFacilityWithoutPublishedCasesSaysSo() {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		assertThat(mvc.get().uri("/facilities/" + clinic.id())).hasStatusOk().bodyText()
			.contains("لا توجد حالات منشورة في هذا المرفق.");
	}

	private CaseSummary file(FacilitySummary clinic, String title) {
		return caseIntake.file(new NewCase(title, "وصف: " + title, null, null, clinic.id(), null, null, null), null,
				CaseSource.PUBLIC, null, null).summary();
	}
}
