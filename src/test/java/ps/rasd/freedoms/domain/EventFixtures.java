package ps.rasd.freedoms.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import ps.rasd.freedoms.ActInput;
import ps.rasd.freedoms.Channel;
import ps.rasd.freedoms.Confidence;
import ps.rasd.freedoms.EventDetails;
import ps.rasd.freedoms.Reliability;
import ps.rasd.freedoms.Risk;
import ps.rasd.freedoms.SourceInput;
import ps.rasd.freedoms.VictimInput;

/** Events in each state, reached through the aggregate's own methods. */
final class EventFixtures {

	static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private EventFixtures() {
	}

	static EventDetails details() {
		return new EventDetails("اعتقال", "نص", "ARREST_OVER_OPINION", Set.of("EXPRESSION"), LocalDate.of(2026, 10, 3),
				null, "50", "الخليل", 31.53, 35.10, Confidence.HIGH, Risk.LOW, null);
	}

	static Event initialReport() {
		return new Event("FRD-2026-000001", details(), Channel.PUBLIC, null, null, NOW);
	}

	static Event beingVerified() {
		Event event = initialReport();
		event.startVerification(NOW);
		return event;
	}

	static Event beingVerifiedWithSource(boolean consent) {
		Event event = beingVerified();
		event.addSource(new SourceInput("WITNESS", Reliability.HIGH, LocalDate.of(2026, 10, 4), consent, false, false,
				null), "sealed", NOW);
		event.addAct(new ActInput("ARREST", null, Set.of(), Set.of("UNKNOWN")), NOW);
		return event;
	}

	static Event verified() {
		Event event = beingVerifiedWithSource(true);
		event.verify(NOW);
		return event;
	}

	static Event closed() {
		Event event = verified();
		event.close(NOW);
		return event;
	}

	static VictimInput victim() {
		return new VictimInput(null, null, null, null, "STUDENT", "50", null);
	}
}
