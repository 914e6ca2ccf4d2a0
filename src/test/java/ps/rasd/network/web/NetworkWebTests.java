package ps.rasd.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.network.MembershipSummary;
import ps.rasd.network.Memberships;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

@IntegrationTest
@Transactional
class NetworkWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	Memberships memberships;

	@Autowired
	NetworkManagement network;

	private AccountSummary coordinator;

	@BeforeEach
	void accounts() {
		coordinator = AccountFixtures.hebronCoordinator(identity);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@Test
	void theMembershipFormIsArabicByDefaultAndEnglishOnAsking() {
		assertThat(mvc.get().uri("/join").exchange()).hasStatusOk().bodyText().contains("طلب العضوية")
			.contains("dir=\"rtl\"");
		assertThat(mvc.get().uri("/join").cookie(new Cookie("rasd-lang", "en")).exchange()).hasStatusOk().bodyText()
			.contains("Membership application").contains("dir=\"ltr\"");
	}

	@Test
	void anApplicationWithoutConsentIsShownAgainWithWhatWasTyped() {
		assertThat(mvc.post().uri("/join").with(csrf()).param("nameAr", "ريم خالد").param("governorateCode", "50")
			.param("phone", "0599123987").exchange()).hasStatusOk().bodyText().contains("ريم خالد")
			.contains("الموافقة مطلوبة");
	}

	@Test
	void anApplicationWaitsForTheCoordinator() {
		assertThat(mvc.post().uri("/join").with(csrf()).param("nameAr", "ريم خالد الشريف").param("governorateCode", "50")
			.param("phone", "0599123987").param("consent", "true").exchange()).hasRedirectedUrl("/join/thanks");
		assertThat(mvc.get().uri("/network/applications").with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("ريم خالد الشريف");
	}

	@Test
	void suggestionsAppearAsTheCoordinatorTypesANameInAnotherSpelling() {
		network.create(PersonDetails.named("أحمد محمود الخطيب", "50"), ps.rasd.support.Principals.coordinator("50"));
		assertThat(mvc.get().uri("/network/suggestions").param("nameAr", "Ahmed Mahmoud").with(as(coordinator))
			.header("HX-Request", "true").exchange()).hasStatusOk().bodyText().contains("أحمد محمود الخطيب");
	}

	@Test
	void aPersonFormWithErrorsKeepsWhatWasTypedInBothLanguages() {
		assertThat(mvc.post().uri("/network/people").with(as(coordinator)).with(csrf()).param("nameAr", "سلمى")
			.param("governorateCode", "50").param("email", "not-an-address").exchange()).hasStatusOk().bodyText()
			.contains("سلمى").contains("عنوان بريد غير صحيح");
		assertThat(mvc.post().uri("/network/people").with(as(coordinator)).with(csrf())
			.cookie(new Cookie("rasd-lang", "en")).param("nameAr", "سلمى").param("governorateCode", "50")
			.param("email", "not-an-address").exchange()).hasStatusOk().bodyText().contains("Invalid e-mail address");
	}

	@Test
	void theBranchPageListsItsApprovedMembers() {
		MembershipSummary applied = memberships.apply(new ps.rasd.network.MembershipApplication(
				PersonDetails.named("نور يوسف", "50"), ps.rasd.network.MembershipBody.YOUTH_BRANCH, null, true, false));
		assertThat(mvc.post().uri("/network/memberships/" + applied.id() + "/approve").with(as(coordinator)).with(csrf())
			.param("version", String.valueOf(applied.version())).exchange()).hasRedirectedUrl("/network/applications");
		assertThat(mvc.get().uri("/network/branches/50").with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("نور يوسف");
		assertThat(mvc.get().uri("/network/branches/50").with(as(coordinator)).cookie(new Cookie("rasd-lang", "en"))
			.exchange()).hasStatusOk().bodyText().contains("Members");
	}

	@Test
	void peopleAreListedWithTheirGovernoratesNameNotItsCodeInEitherLanguage() {
		var person = network.create(PersonDetails.named("هبة سامي العطاونة", "50"), ps.rasd.support.Principals.coordinator("50"));
		assertThat(mvc.get().uri("/network").param("q", "هبة سامي العطاونة").with(as(coordinator)).exchange())
			.hasStatusOk().bodyText().contains("هبة سامي العطاونة").contains("<td>الخليل</td>").doesNotContain("<td>50</td>");
		assertThat(mvc.get().uri("/network/people/" + person.id().value()).with(as(coordinator))
			.cookie(new Cookie("rasd-lang", "en")).exchange()).hasStatusOk().bodyText().contains("<dd>Hebron</dd>")
			.doesNotContain("<dd>50</dd>");
	}

	@Test
	void thePublicBoardPageIsOpenToAll() {
		assertThat(mvc.get().uri("/about/board").exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/about/board").cookie(new Cookie("rasd-lang", "en")).exchange()).hasStatusOk()
			.bodyText().contains("Our board");
	}

	@Test
	void aPartnerUserSignsInAsAUserOfTheirOrganisation() {
		var partner = identity.createWithPassword(AccountFixtures.uniqueName("partner"),
				new ps.rasd.identity.AccountDetails("Partner", null, java.util.EnumSet.of(ps.rasd.shared.access.Role.PARTNER),
						java.util.Set.of()), AccountFixtures.PASSWORD);
		var admin = ps.rasd.support.Principals.admin();
		var organisation = network.createOrganisation("مؤسسة شريكة للاختبار", null, ps.rasd.network.OrganisationKind.PARTNER,
				null, null, null, null, null, admin);
		network.setPartnerOrganisation(partner.id(), organisation.id(), admin);
		var principal = (ps.rasd.shared.RasdPrincipal) users.loadUserByUsername(partner.username());
		assertThat(principal.organisationId()).isEqualTo(organisation.id().value());
		assertThat(ps.rasd.shared.access.Reader.of(principal).organisationId()).isEqualTo(organisation.id().value());
	}
}
