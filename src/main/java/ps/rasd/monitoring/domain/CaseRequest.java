package ps.rasd.monitoring.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A request, made from a visit, to open a case about one of its indicators: one per visit and indicator. */
@Entity
@Table(name = "monitoring_case_request")
@IdClass(CaseRequest.Key.class)
public class CaseRequest {

	@Id
	private long visitId;

	@Id
	private String indicatorCode;

	private long requestedBy;

	private Instant requestedAt;

	protected CaseRequest() {
	}

	public CaseRequest(long visitId, String indicatorCode, long requestedBy, Instant requestedAt) {
		this.visitId = visitId;
		this.indicatorCode = indicatorCode;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	/** The composite key. */
	public record Key(long visitId, String indicatorCode) implements Serializable {
	}
}
