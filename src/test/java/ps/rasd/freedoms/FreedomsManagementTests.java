package ps.rasd.freedoms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.support.FreedomsFixtures;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FreedomsManagementTests {

	@Autowired
	FreedomsManagement freedoms;

	@Autowired
	FreedomsPublication publication;

	@Autowired
	FreedomsHandover handover;

	@Autowired
	JdbcTemplate jdbc;

	private final RasdPrincipal documenter = Principals.documenter(501, FreedomsFixtures.HEBRON);

	private final RasdPrincipal bethlehemDocumenter = Principals.documenter(502, FreedomsFixtures.BETHLEHEM);

	private final RasdPrincipal coordinator = Principals.coordinator(503, FreedomsFixtures.HEBRON);

	private final RasdPrincipal monitor = Principals.monitor(504, FreedomsFixtures.HEBRON);

	@Test
	void aPublicInitialReportIsSeenOnlyByTheDocumentersOfItsGovernorate() {
		String ref = freedoms.report(FreedomsFixtures.publicReport(), null);

		assertThat(freedoms.event(ref, documenter).summary().status()).isEqualTo(EventStatus.INITIAL_REPORT);
		assertThat(freedoms.event(ref, documenter).summary().channel()).isEqualTo(Channel.PUBLIC);
		assertThat(freedoms.list(EventFilter.all(), 0, 50, documenter).items())
			.extracting(EventSummary::reference).contains(ref);
		assertThat(freedoms.list(EventFilter.all(), 0, 50, bethlehemDocumenter).items())
			.extracting(EventSummary::reference).doesNotContain(ref);
		for (RasdPrincipal other : List.of(bethlehemDocumenter, coordinator, monitor, Principals.analyst())) {
			assertThatThrownBy(() -> freedoms.event(ref, other)).isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> publication.published(ref, null)).isInstanceOf(NotFoundException.class);
		assertThat(freedoms.event(ref, Principals.admin()).summary().reference()).isEqualTo(ref);
	}

	@Test
	void aMonitorsReportIsRecordedAsFromAMonitorAndHiddenFromThem() {
		String ref = freedoms.report(FreedomsFixtures.publicReport(), monitor);

		assertThat(freedoms.event(ref, documenter).summary().channel()).isEqualTo(Channel.MONITOR);
		assertThat(freedoms.event(ref, documenter).reporterAccountId()).isEqualTo(504L);
		assertThatThrownBy(() -> freedoms.event(ref, monitor)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anEventWithoutDateOrPlaceIsRefusedFieldByField() {
		EventDetails blank = new EventDetails("عنوان", null, null, null, null, null, null, " ", null, null, null, null,
				null);

		assertThatThrownBy(() -> freedoms.record(blank, documenter)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.fields()).extracting(InvalidInputException.Field::field)
					.containsExactly("dateFrom", "governorateCode", "place"));
	}

	@Test
	void aDocumenterRecordsOnlyInTheirGovernorates() {
		assertThatThrownBy(() -> freedoms.record(FreedomsFixtures.hebronArrest(), bethlehemDocumenter))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> freedoms.record(FreedomsFixtures.hebronArrest(), coordinator))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void sealedIdentitiesAreEncryptedAtRestAndEveryReadingIsAudited() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى المصري", "خالد الشاهد");

		String stored = jdbc.queryForObject("select sealed from freedoms_victim v join freedoms_event e on "
				+ "e.id = v.event_id where e.reference = ?", String.class, event.reference());
		assertThat(stored).isNotBlank().doesNotContain("سلمى").doesNotContain("901234567");

		assertThat(freedoms.event(event.reference(), documenter).victims().get(0).toString()).doesNotContain("سلمى");
		Identities identities = freedoms.identities(event.reference(), documenter);
		assertThat(identities.victims().values()).extracting(SealedIdentity::name).containsExactly("سلمى المصري");
		assertThat(identities.sources().values()).extracting(SealedIdentity::phone).containsExactly("0599333444");
		// the audit log is written as the transaction commits
		TestTransaction.flagForCommit();
		TestTransaction.end();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'freedoms.sealed-read' "
				+ "and subject_id = ?", Long.class, event.reference())).isEqualTo(1);
		assertThatThrownBy(() -> freedoms.identities(event.reference(), bethlehemDocumenter))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void verificationNeedsASourceAndAnAct() {
		EventSummary recorded = freedoms.record(FreedomsFixtures.hebronArrest(), documenter);
		EventSummary started = freedoms.act(recorded.reference(), recorded.version(), EventAction.START_VERIFICATION,
				documenter);

		assertThatThrownBy(() -> freedoms.act(recorded.reference(), started.version(), EventAction.VERIFY, documenter))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("freedoms.event.verify-needs-source-and-act"));
	}

	@Test
	void thePublishedCopyIsRedactedAndItsPositionCoarsened() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى المصري", "خالد الشاهد");
		String ref = event.reference();
		RedactionPreview preview = publication.preview(ref, "اعتقال سلمى", "اعتقلت سلمى المصري، هاتفها 0599111222.",
				documenter);
		assertThat(preview.narrative()).doesNotContain("سلمى").doesNotContain("0599111222");
		assertThat(preview.consentAllows()).isTrue();

		publication.publish(ref, event.version(), Tier.PUBLIC, "اعتقال سلمى", "اعتقلت سلمى المصري في الخليل.", null,
				documenter);

		PublishedEvent copy = publication.published(ref, null);
		assertThat(copy.title()).doesNotContain("سلمى");
		assertThat(copy.narrative()).doesNotContain("سلمى").doesNotContain("المصري");
		assertThat(copy.latitude()).isEqualTo(31.5);
		assertThat(copy.longitude()).isEqualTo(35.1);
		assertThat(copy.victimsByProfession()).containsEntry("JOURNALIST", 1L);
		assertThat(publication.publishedList(null, null, 0, 20, null).items()).extracting(PublishedEvent::reference)
			.contains(ref);
	}

	@Test
	void nothingIsPublishedWithoutEveryoneConsenting() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى", "خالد");
		EventSummary refusing = freedoms.addSource(event.reference(), new SourceInput("FAMILY", Reliability.MEDIUM,
				LocalDate.of(2026, 10, 5), false, false, false, SealedIdentity.NONE), documenter);

		assertThat(publication.preview(event.reference(), documenter).consentAllows()).isFalse();
		assertThatThrownBy(() -> publication.publish(event.reference(), refusing.version(), Tier.PUBLIC, "عنوان",
				"نص", null, documenter))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("freedoms.publish.no-consent"));
	}

	@Test
	void anInitialReportCannotBePublished() {
		EventSummary recorded = freedoms.record(FreedomsFixtures.hebronArrest(), documenter);

		assertThatThrownBy(() -> publication.publish(recorded.reference(), recorded.version(), Tier.PUBLIC, "عنوان",
				"نص", null, documenter))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("freedoms.publish.not-established"));
	}

	@Test
	void onlyAnAdministratorLiftsTheDoNotPublishLock() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى", "خالد");
		publication.publish(event.reference(), event.version(), Tier.PUBLIC, "عنوان", "نص", null, documenter);

		EventSummary locked = freedoms.lockPublication(event.reference(), documenter);
		assertThat(locked.tier()).as("a published copy is withdrawn by the lock").isEqualTo(Tier.INTERNAL);
		assertThatThrownBy(() -> publication.publish(event.reference(), locked.version(), Tier.PUBLIC, "عنوان",
				"نص", null, documenter))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("freedoms.publish.locked"));
		assertThatThrownBy(() -> freedoms.unlockPublication(event.reference(), documenter))
			.isInstanceOf(ForbiddenException.class);

		EventSummary unlocked = freedoms.unlockPublication(event.reference(), Principals.admin());
		assertThat(unlocked.doNotPublish()).isFalse();
	}

	@Test
	void anEmbargoedCopyStaysHiddenUntilItsDay() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى", "خالد");
		publication.publish(event.reference(), event.version(), Tier.PUBLIC, "عنوان", "نص",
				LocalDate.now().plusDays(30), documenter);

		assertThatThrownBy(() -> publication.published(event.reference(), null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aCopyForPartnersIsReadByPartnersButNotThePublic() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى", "خالد");
		publication.publish(event.reference(), event.version(), Tier.PARTNERS, "عنوان", "نص", null, documenter);

		assertThat(publication.published(event.reference(), Principals.partner(600)).reference())
			.isEqualTo(event.reference());
		assertThatThrownBy(() -> publication.published(event.reference(), null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void interventionsKeepTheirResponseAndDates() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى", "خالد");
		freedoms.addIntervention(event.reference(), new InterventionInput(InterventionKind.LETTER_TO_AUTHORITY,
				"جهة رسمية", LocalDate.of(2026, 10, 6), null, null), documenter);
		long id = freedoms.event(event.reference(), documenter).interventions().get(0).id();

		freedoms.recordResponse(event.reference(), id, "وعدت بالتحقيق", LocalDate.of(2026, 10, 20), documenter);

		var intervention = freedoms.event(event.reference(), documenter).interventions().get(0);
		assertThat(intervention.awaitingResponse()).isFalse();
		assertThat(intervention.responseOn()).isEqualTo(LocalDate.of(2026, 10, 20));
	}

	@Test
	void theLegalAidExportCarriesSealedFieldsOnlyWhenAskedAndIsAudited() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, documenter, "سلمى المصري", "خالد");

		String plain = new String(handover.export(List.of(event.reference()), "مؤسسة مساعدة قانونية", false,
				documenter), StandardCharsets.UTF_8);
		String sealed = new String(handover.export(List.of(event.reference()), "مؤسسة مساعدة قانونية", true,
				documenter), StandardCharsets.UTF_8);

		assertThat(plain).contains(event.reference()).doesNotContain("سلمى").doesNotContain("901234567");
		assertThat(sealed).contains("سلمى المصري", "901234567");
		TestTransaction.flagForCommit();
		TestTransaction.end();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'freedoms.handover' and "
				+ "subject_id = ?", Long.class, event.reference())).isEqualTo(2);
		assertThatThrownBy(() -> handover.export(List.of(event.reference()), "x", false, coordinator))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anActNamesOnlyTheEventsVictims() {
		EventSummary recorded = freedoms.record(FreedomsFixtures.hebronArrest(), documenter);

		assertThatThrownBy(() -> freedoms.addAct(recorded.reference(), new ActInput("ARREST", null, Set.of(999_999L),
				Set.of()), documenter))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("freedoms.act.unknown-victim"));
	}
}
