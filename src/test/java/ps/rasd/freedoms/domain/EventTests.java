package ps.rasd.freedoms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ps.rasd.freedoms.EventStatus;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.Tier;

class EventTests {

	private static final java.time.Instant NOW = EventFixtures.NOW;

	@Test
	void anEventStartsAsAnInitialReportNotPublished() {
		Event event = EventFixtures.initialReport();

		assertThat(event.getStatus()).isEqualTo(EventStatus.INITIAL_REPORT);
		assertThat(event.getTier()).isEqualTo(Tier.INTERNAL);
		assertThat(event.accessFacts().tier()).isEqualTo(Tier.INTERNAL);
	}

	@Test
	void documentationMovesInitialReportToBeingVerifiedToVerifiedToClosed() {
		assertThat(EventFixtures.beingVerified().getStatus()).isEqualTo(EventStatus.BEING_VERIFIED);
		assertThat(EventFixtures.verified().getStatus()).isEqualTo(EventStatus.VERIFIED);
		assertThat(EventFixtures.closed().getStatus()).isEqualTo(EventStatus.CLOSED);
	}

	@Test
	void refusesToVerifyAnInitialReportWithoutTakingItUp() {
		Event event = EventFixtures.initialReport();

		assertThatThrownBy(() -> event.close(NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> event.verify(NOW)).isInstanceOf(DomainException.class);
	}

	@Test
	void refusesToVerifyWithoutASourceAndAnAct() {
		Event event = EventFixtures.beingVerified();

		assertThatThrownBy(() -> event.verify(NOW)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("freedoms.event.verify-needs-source-and-act"));
	}

	@Test
	void aClosedEventIsReopenedBeforeItChanges() {
		Event event = EventFixtures.closed();

		assertThatThrownBy(() -> event.addVictim(EventFixtures.victim(), null, NOW))
			.isInstanceOf(ConflictException.class);
		event.reopen(NOW);
		assertThat(event.getStatus()).isEqualTo(EventStatus.BEING_VERIFIED);
		event.addVictim(EventFixtures.victim(), null, NOW);
		assertThat(event.getVictims()).hasSize(1);
	}

	@Test
	void publishesOnlyEstablishedEventsWithConsentAndNoLock() {
		assertThatThrownBy(() -> EventFixtures.beingVerifiedWithSource(true).publish(Tier.PUBLIC, "t", "n", null, NOW))
			.isInstanceOf(ConflictException.class);

		Event refused = EventFixtures.beingVerifiedWithSource(false);
		refused.verify(NOW);
		assertThatThrownBy(() -> refused.publish(Tier.PUBLIC, "t", "n", null, NOW))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("freedoms.publish.no-consent"));

		Event locked = EventFixtures.verified();
		locked.lockPublication(NOW);
		assertThatThrownBy(() -> locked.publish(Tier.PUBLIC, "t", "n", null, NOW))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("freedoms.publish.locked"));

		Event closed = EventFixtures.closed();
		closed.publish(Tier.PUBLIC, "عنوان", "نص", LocalDate.of(2026, 12, 1), NOW);
		assertThat(closed.getTier()).isEqualTo(Tier.PUBLIC);
		assertThat(closed.accessFacts().embargoUntil()).isNotNull();
	}

	@Test
	void lockingWithdrawsAPublishedCopy() {
		Event event = EventFixtures.verified();
		event.publish(Tier.PUBLIC, "عنوان", "نص", null, NOW);

		event.lockPublication(NOW);

		assertThat(event.getTier()).isEqualTo(Tier.INTERNAL);
		assertThat(event.isDoNotPublish()).isTrue();
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		Event event = EventFixtures.initialReport();
		var d = EventFixtures.details();
		var backwards = new ps.rasd.freedoms.EventDetails(d.title(), d.narrative(), d.eventType(), d.rights(),
				d.dateFrom(), d.dateFrom().minusDays(1), d.governorateCode(), d.place(), null, null, null, null, null);

		assertThatThrownBy(() -> event.edit(backwards, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.fields().get(0).field()).isEqualTo("dateTo"));
	}
}
