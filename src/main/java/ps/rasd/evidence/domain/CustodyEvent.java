package ps.rasd.evidence.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.evidence.CustodyStep;

/** One step in a file's chain of custody: received, stripped, stored, viewed, downloaded, exported. */
@Entity
@Table(name = "evidence_custody")
public class CustodyEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long fileId;

	private Instant at;

	private long actorId;

	private String action;

	private String detail;

	protected CustodyEvent() {
	}

	public CustodyEvent(long fileId, Instant at, long actorId, String action, String detail) {
		this.fileId = fileId;
		this.at = at;
		this.actorId = actorId;
		this.action = action;
		this.detail = detail;
	}

	public CustodyStep toStep() {
		return new CustodyStep(at, actorId, action, detail);
	}
}
