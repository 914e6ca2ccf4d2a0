package ps.rasd.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.monitoring.AssignmentSummary;

@Entity
@Table(name = "monitoring_assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long roundId;

	private long monitorId;

	private long facilityId;

	private String governorateCode;

	private LocalDate dueOn;

	private String status;

	private Long visitId;

	private Instant createdAt;

	@Version
	private long version;

	protected Assignment() {
	}

	public Assignment(long roundId, long monitorId, long facilityId, String governorateCode, LocalDate dueOn,
			Instant now) {
		this.roundId = roundId;
		this.monitorId = monitorId;
		this.facilityId = facilityId;
		this.governorateCode = governorateCode;
		this.dueOn = dueOn;
		this.status = "OPEN";
		this.createdAt = now;
	}

	/** The visit made for this assignment started. */
	public void started(long visit) {
		this.visitId = visit;
	}

	/** Its visit was submitted. */
	public void done() {
		this.status = "DONE";
	}

	public long getRoundId() {
		return roundId;
	}

	public long getMonitorId() {
		return monitorId;
	}

	public long getFacilityId() {
		return facilityId;
	}

	public AssignmentSummary toSummary() {
		return new AssignmentSummary(id, roundId, monitorId, facilityId, governorateCode, dueOn, status, visitId);
	}
}
