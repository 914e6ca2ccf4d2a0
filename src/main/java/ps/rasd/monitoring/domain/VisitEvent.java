package ps.rasd.monitoring.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.VisitSummary;

/** One step in a visit's history. */
@Entity
@Table(name = "monitoring_visit_event")
public class VisitEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private VisitStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private VisitStatus toStatus;

	private long actorId;

	private Instant at;

	private String comment;

	protected VisitEvent() {
	}

	VisitEvent(VisitStatus from, VisitStatus to, long actorId, Instant at, String comment) {
		this.fromStatus = from;
		this.toStatus = to;
		this.actorId = actorId;
		this.at = at;
		this.comment = comment;
	}

	VisitSummary.Event toSummary() {
		return new VisitSummary.Event(fromStatus, toStatus, actorId, at, comment);
	}
}
