package ps.rasd.advocacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.advocacy.AdvocacyFixtures;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.CitationKind;
import ps.rasd.advocacy.EvidenceBase;
import ps.rasd.advocacy.TargetKind;
import ps.rasd.advocacy.domain.CitationStore;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.network.PersonSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

/**
 * Outside a test transaction, every write committed as in production: a campaign cites a case that is then made
 * private. Reading the citation (which no longer reads for the public, or never read for a coordinator of another
 * governorate) must not mark the page's transaction for rollback: the public page answers 200 and withholds it; the
 * desk answers 200 and marks it. The same for a decision maker who is not public and for citations whose records are
 * gone.
 */
@IntegrationTest
// its own context and database: what it commits must not change the figures and lists other test classes read
@TestPropertySource(properties = "rasd.test.context=advocacy-committed")
class AdvocacyCommittedPageTests {

	private static final Locale AR = Locale.forLanguageTag("ar");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	EvidenceBase evidence;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CasePublication publication;

	@Autowired
	CaseQueue queue;

	@Autowired
	NetworkManagement network;

	@Autowired
	CitationStore citations;

	@Test
	void aCitationToACaseMadePrivateIsWithheldFromThePublicPageWithoutRollingBackItsTransaction() {
		RasdPrincipal analyst = Principals.analyst();
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		String kept = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "انقطاع المياه في حي الزيتون");
		String hidden = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "ضعف الضخ في حي الجامعة");
		CampaignView campaign = campaigns.create(AdvocacyFixtures.waterCampaign("committed-" + System.nanoTime()), false,
				analyst);
		evidence.cite(campaign.id(), CitationKind.CASE, kept, analyst, AR);
		evidence.cite(campaign.id(), CitationKind.CASE, hidden, analyst, AR);
		campaigns.publish(campaign.id(), true, analyst);
		assertThat(mvc.get().uri("/campaigns/" + campaign.slug()).exchange()).hasStatusOk().bodyText()
			.contains("انقطاع المياه في حي الزيتون", "ضعف الضخ في حي الجامعة");

		var summary = queue.byReference(hidden, Principals.coordinator("50"));
		publication.publication(hidden, summary.version(), Tier.INTERNAL, null, null, null,
				Principals.coordinator("50"));

		for (String lang : new String[] { "", "?lang=en" }) {
			assertThat(mvc.get().uri("/campaigns/" + campaign.slug() + lang).exchange()).hasStatusOk().bodyText()
				.contains("انقطاع المياه في حي الزيتون").doesNotContain("ضعف الضخ في حي الجامعة", hidden);
		}
		assertThat(mvc.get().uri("/advocacy/campaigns/" + campaign.id()).with(account(Role.ANALYST, Set.of()))
			.exchange()).hasStatusOk().bodyText().contains("ضعف الضخ في حي الجامعة", "يُحجب عن الصفحة العامة");
		// a coordinator of another governorate is on the advocacy team but does not read Hebron's cases
		assertThat(mvc.get().uri("/advocacy/campaigns/" + campaign.id()).with(account(Role.COORDINATOR, Set.of("40")))
			.exchange()).hasStatusOk().bodyText().contains("لم يعد هذا السجل متاحاً");
	}

	@Test
	void aPublicCampaignWhoseTargetIsNotPublicAndWhoseCitedRecordsAreGoneAnswers200AndNamesNeither() {
		RasdPrincipal analyst = Principals.analyst();
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		String kept = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "تلوث المياه في حي الشيخ");
		CampaignView campaign = campaigns.create(AdvocacyFixtures.waterCampaign("unknown-" + System.nanoTime()), false,
				analyst);
		// a decision maker who never agreed to be public
		PersonSummary director = network.create(PersonDetails.named("هالة المصري", "50"), Principals.coordinator("50"));
		campaigns.target(campaign.id(), TargetKind.PERSON, String.valueOf(director.id().value()), analyst);
		evidence.cite(campaign.id(), CitationKind.CASE, kept, analyst, AR);
		// citing a record that does not exist is refused as such, not by a transaction rolled back behind the refusal
		for (CitationKind kind : new CitationKind[] { CitationKind.SCORECARD, CitationKind.MONITORING }) {
			assertThatThrownBy(() -> evidence.cite(campaign.id(), kind, "987654321", analyst, AR))
				.isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.code()).isEqualTo("advocacy.citation.unavailable"));
		}
		// citations whose records are gone (or never were): as a removed record leaves them in the evidence base
		Instant earlier = Instant.parse("2026-11-01T08:00:00Z");
		citations.insert(campaign.id(), CitationKind.CASE, "RSD-2099-999999", "قضية محذوفة", "-", null, null, earlier,
				null);
		citations.insert(campaign.id(), CitationKind.SCORECARD, "987654321", "جهة محذوفة", "-", null, null, earlier,
				null);
		citations.insert(campaign.id(), CitationKind.MONITORING, "987654321", "مرفق محذوف", "-", null, null, earlier,
				null);
		citations.insert(campaign.id(), CitationKind.VIOLATION, "FRD-2099-999999", "انتهاك محذوف", "-", null, null,
				earlier, null);
		campaigns.publish(campaign.id(), true, analyst);

		for (String lang : new String[] { "", "?lang=en" }) {
			assertThat(mvc.get().uri("/campaigns/" + campaign.slug() + lang).exchange()).hasStatusOk().bodyText()
				.contains("تلوث المياه في حي الشيخ")
				.doesNotContain("هالة المصري", "قضية محذوفة", "جهة محذوفة", "مرفق محذوف", "انتهاك محذوف");
		}
		// the team sees each citation, marked as no longer available, and the person it targets
		assertThat(mvc.get().uri("/advocacy/campaigns/" + campaign.id()).with(account(Role.ANALYST, Set.of()))
			.exchange()).hasStatusOk().bodyText().contains("هالة المصري", "قضية محذوفة", "جهة محذوفة",
					"لم يعد هذا السجل متاحاً");
	}

	private RequestPostProcessor account(Role role, Set<String> governorates) {
		String name = identity.createWithPassword(AccountFixtures.uniqueName("committed"), new AccountDetails("مناصِرة",
				null, EnumSet.of(role), governorates), AccountFixtures.PASSWORD).username();
		return user(users.loadUserByUsername(name));
	}
}
