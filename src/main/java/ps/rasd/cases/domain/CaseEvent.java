package ps.rasd.cases.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseActor;
import ps.rasd.cases.CaseEventView;
import ps.rasd.cases.CaseStatus;

/** One step of a case's timeline; written once, never changed. */
@Entity
@Table(name = "cases_event")
public class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String action;

	@Enumerated(EnumType.STRING)
	private CaseStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private CaseStatus toStatus;

	@Enumerated(EnumType.STRING)
	private CaseActor actorKind;

	private Long actorId;

	private Long authorityId;

	private Instant at;

	private String internalNote;

	private String publicNote;

	protected CaseEvent() {
	}

	/**
	 * @param step {@code FILED}, {@code NOTE} or the name of a {@link CaseAction}
	 */
	CaseEvent(String step, CaseStatus from, CaseStatus to, CaseActor actor, Long actorId, Long authorityId, Instant at,
			String internalNote, String publicNote) {
		this.action = step;
		this.fromStatus = from;
		this.toStatus = to;
		this.actorKind = actor;
		this.actorId = actorId;
		this.authorityId = authorityId;
		this.at = at;
		this.internalNote = internalNote;
		this.publicNote = publicNote;
	}

	/** {@code FILED}, {@code NOTE} or the name of a {@link CaseAction}. */
	public String getAction() {
		return action;
	}

	public CaseEventView toView(boolean withInternal) {
		return new CaseEventView(action, fromStatus, toStatus, actorKind, withInternal ? actorId : null, authorityId, at,
				withInternal ? internalNote : null, publicNote);
	}
}
