package ps.rasd.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.cases.FollowUpView;

/** A monitor's assignment to check on the spot that a problem the authority calls resolved is fixed. */
@Entity
@Table(name = "cases_follow_up")
public class FollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private long monitorId;

	private long assignedBy;

	private Instant assignedAt;

	private LocalDate dueOn;

	private String outcome;

	private String note;

	private Instant doneAt;

	protected FollowUp() {
	}

	public FollowUp(long caseId, long monitorId, long assignedBy, Instant assignedAt, LocalDate dueOn) {
		this.caseId = caseId;
		this.monitorId = monitorId;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
		this.dueOn = dueOn;
	}

	public void done(String outcome, String note, Instant now) {
		this.outcome = outcome;
		this.note = note;
		this.doneAt = now;
	}

	public long getCaseId() {
		return caseId;
	}

	public long getMonitorId() {
		return monitorId;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	public FollowUpView toView() {
		return new FollowUpView(id, caseId, monitorId, assignedBy, assignedAt, dueOn, outcome, note, doneAt);
	}
}
