package ps.rasd.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

@IntegrationTest
@Transactional
class FacilityWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RegistryManagement registry;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	private FacilitySummary clinic;

	private AccountSummary coordinator;

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		coordinator = AccountFixtures.hebronCoordinator(identity);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@Test
	void theListFiltersByGovernorateAndSectorInBothLanguages() {
		assertThat(mvc.get().uri("/facilities").param("governorate", "50").param("sector", "HEALTH").exchange())
			.hasStatusOk().bodyText().contains("مركز صحي دورا", "مركز رعاية صحية أولية");
		assertThat(mvc.get().uri("/facilities").param("governorate", "45").exchange()).bodyText()
			.doesNotContain("مركز صحي دورا");
		assertThat(mvc.get().uri("/facilities").param("q", "dura").cookie(new Cookie("rasd-lang", "en")).exchange())
			.bodyText().contains("Dura Health Centre", "Primary health centre", "Hebron");
	}

	@Test
	void aPointFindsTheNearestFacilitiesAndThePlaceItLiesInForThePickers() {
		MvcTestResult near = mvc.get().uri("/facilities/near").param("lat", "31.505").param("lon", "35.025").exchange();
		assertThat(near).hasStatusOk().bodyText().contains("\"id\":" + clinic.id() + ",\"name\":\"مركز صحي دورا\"");
		assertThat(near).bodyJson().extractingPath("$.place.governorate").isEqualTo("50");
		assertThat(mvc.get().uri("/facilities/near").param("lat", "31.505").param("lon", "35.025")
			.cookie(new Cookie("rasd-lang", "en")).exchange()).bodyText().contains("Dura Health Centre");
		assertThat(mvc.get().uri("/facilities/near").param("lat", "48.85").param("lon", "2.35").exchange())
			.hasStatusOk().bodyJson().extractingPath("$.facilities").asArray().isEmpty();
	}

	@Test
	void aFacilityPageNamesWhoIsResponsible() {
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).exchange()).hasStatusOk().bodyText()
			.contains("مديرية صحة الخليل", "الخليل");
	}

	@Test
	void aCoordinatorAddsAFacilityTypingThePlaceInEnglish() {
		MvcTestResult result = mvc.post().uri("/facilities").with(as(coordinator)).with(csrf())
			.param("nameAr", "عيادة دورا الجديدة").param("typeCode", "PRIMARY_HEALTH_CENTRE")
			.param("governorateCode", "50").param("place", "Dura").param("authorityId", String.valueOf(clinic.authorityId()))
			.param("status", "OPEN").exchange();
		assertThat(result).hasStatus3xxRedirection();
		FacilitySummary created = registry.facilities(new FacilityQuery("50", null, null, null, "عيادة دورا الجديدة"),
				0, 5).items().get(0);
		assertThat(created.placeId()).isNotNull();
	}

	@Test
	void anUnknownPlaceIsRefusedBesideItsFieldAndTheFormKeepsItsValues() {
		MvcTestResult result = mvc.post().uri("/facilities").with(as(coordinator)).with(csrf())
			.param("nameAr", "عيادة الاختبار").param("typeCode", "PRIMARY_HEALTH_CENTRE").param("governorateCode", "50")
			.param("place", "Atlantis").param("latitude", "٣١٫٥").param("longitude", "").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("id=\"place-error\"", "value=\"عيادة الاختبار\"",
				"value=\"Atlantis\"");
	}

	@Test
	void aCoordinatorCannotAddAFacilityInAnotherGovernorate() {
		assertThat(mvc.post().uri("/facilities").with(as(coordinator)).with(csrf()).param("nameAr", "عيادة")
			.param("typeCode", "PRIMARY_HEALTH_CENTRE").param("governorateCode", "45")
			.param("authorityId", String.valueOf(clinic.authorityId())).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/facilities/new").with(as(AccountFixtures.hebronMonitor(identity))).exchange())
			.hasStatus(403);
	}

	@Test
	void aBadCsvIsRefusedWithEveryRowsReason() {
		var file = new MockMultipartFile("file", "facilities.csv", "text/csv",
				"name_ar,type,governorate\nعيادة,SPACESHIP,50\n".getBytes(StandardCharsets.UTF_8));
		assertThat(mvc.post().uri("/facilities/import").multipart().file(file).with(as(coordinator)).with(csrf())
			.exchange()).hasStatus(422).bodyText().contains("لم يُستورد شيء", "نوع مرفق غير معروف: SPACESHIP");
	}

	@Test
	void theCsvExportStartsWithAByteOrderMark() throws Exception {
		MvcTestResult result = mvc.get().uri("/facilities/export.csv").param("governorate", "50").exchange();
		assertThat(result).hasStatusOk();
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFname_ar,").contains("مركز صحي دورا");
	}
}
