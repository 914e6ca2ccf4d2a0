package ps.rasd.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.cases.CaseEvents.CaseMoved;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.monitoring.CaseRequested;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutboxEntry;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/**
 * The events that cross the cases module's border, after commit: a case asked for from a monitoring visit becomes a
 * case (once), and a referral reaches the notifications outbox as the unit's mail with its reply link.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnableScenarios
class CaseEventsScenarioTests {

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CaseFileRepository cases;

	@Autowired
	MailOutbox outbox;

	private final RasdPrincipal coordinator = Principals.coordinator("50");

	private AuthoritySummary unit;

	private FacilitySummary clinic;

	@BeforeEach
	void unitAndFacility() {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
		unit = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية الصحة " + tag, "Health directorate " + tag), "50", "HEALTH",
				"unit" + tag + "@example.org", null, null, 10), Principals.admin());
		clinic = registry.createFacility(new FacilityDetails(new LocalizedText("عيادة " + tag, null),
				"PRIMARY_HEALTH_CENTRE", unit.id(), "50", null, 31.55, 35.10, null, FacilityStatus.OPEN),
				Principals.admin());
	}

	@Test
	void aCaseRequestedFromAVisitBecomesOneCase(Scenario scenario) {
		long visitId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		String key = "visit:" + visitId + ":HEALTH_MEDICINES";
		scenario.publish(new CaseRequested(visitId, "VIS-" + visitId, clinic.id(), "50", "HEALTH", "HEALTH_MEDICINES",
				BigDecimal.ZERO, 101))
			.andWaitForStateChange(() -> cases.findByIdempotencyKey(key), Optional::isPresent)
			.andVerify(found -> {
				CaseSummary filed = found.map(CaseFile::toSummary).orElseThrow();
				assertThat(filed.source()).isEqualTo(CaseSource.VISIT);
				assertThat(filed.status()).isEqualTo(CaseStatus.SUBMITTED);
				assertThat(filed.facilityId()).isEqualTo(clinic.id());
				assertThat(filed.visitId()).isEqualTo(visitId);
			});
		assertThat(intake.fileFromVisit(visitId, "VIS-" + visitId, clinic.id(), "HEALTH_MEDICINES", "x", 101)
			.trackingToken()).as("asked again, the same case").isNull();
	}

	@Test
	void aReferralReachesTheOutboxAsTheUnitsMail(Scenario scenario) {
		CaseSummary filed = intake.file(new NewCase("لا دواء في العيادة", "نفد الدواء منذ أسبوع", "50", null,
				clinic.id(), null, null, null), null, CaseSource.STAFF, null, coordinator).summary();
		CaseSummary verified = workflow.act(filed.reference(), CaseAction.VERIFY, filed.version(),
				ActionInput.notes(null, null), coordinator);
		scenario.stimulate(() -> workflow.act(filed.reference(), CaseAction.REFER, verified.version(),
				new ActionInput(unit.id(), null, null, null, null, null, "أحيلت"), coordinator))
			.andWaitForEventOfType(CaseMoved.class)
			.matching(moved -> moved.reference().equals(filed.reference()) && moved.action() == CaseAction.REFER)
			.toArriveAndVerify(moved -> {
				assertThat(moved.from()).isEqualTo(CaseStatus.VERIFIED);
				assertThat(moved.to()).isEqualTo(CaseStatus.REFERRED);
				assertThat(moved.authorityId()).isEqualTo(unit.id());
				assertThat(moved.replyLinkId()).isNotNull();
			});
		scenario.stimulate(() -> filed.reference())
			.andWaitForStateChange(() -> referralMail(filed.reference()), Optional::isPresent)
			.andVerify(mail -> assertThat(mail.orElseThrow().to()).isEqualTo(unit.email()));
	}

	private Optional<OutboxEntry> referralMail(String reference) {
		return outbox.entries(null, 0, 200).items().stream()
			.filter(m -> reference.equals(m.reference()) && "case.referral".equals(m.kind()))
			.findFirst();
	}
}
