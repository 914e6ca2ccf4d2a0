package ps.rasd.polls.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.ResponseSummary;
import ps.rasd.shared.DomainException;

/**
 * A completed response. Its answers never change; an analyst can exclude it from the analysis (with a reason) and
 * include it again. The idempotency key makes a retried submission find the response it already made.
 */
@Entity
@Table(name = "polls_response")
public class PollResponse {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long pollId;

	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private FieldworkMode mode;

	private Long enumeratorId;

	private Long invitationId;

	private String importBatch;

	private String answers;

	private String variables;

	private String stratum;

	private Instant startedAt;

	private Instant submittedAt;

	private Integer durationSeconds;

	private boolean included;

	private String exclusionReason;

	private Long reviewedBy;

	private Instant reviewedAt;

	@Version
	private long version;

	protected PollResponse() {
	}

	/** A response as submitted, included in the analysis until an analyst decides otherwise. */
	public PollResponse(long pollId, String idempotencyKey, FieldworkMode mode, Long enumeratorId, Long invitationId,
			String importBatch, Map<String, String> answers, Map<String, String> variables, String stratum,
			Instant startedAt, Instant submittedAt) {
		this.pollId = pollId;
		this.idempotencyKey = idempotencyKey;
		this.mode = mode;
		this.enumeratorId = enumeratorId;
		this.invitationId = invitationId;
		this.importBatch = importBatch;
		this.answers = JSON.writeValueAsString(answers);
		this.startedAt = startedAt;
		this.submittedAt = submittedAt;
		if (startedAt != null && !startedAt.isAfter(submittedAt)) {
			long seconds = Duration.between(startedAt, submittedAt).getSeconds();
			this.durationSeconds = (int) Math.min(seconds, Integer.MAX_VALUE);
		}
		this.included = true;
		classify(variables, stratum);
	}

	/** Sets the weighting variables and the stratum derived from the answers (again when the mapping changes). */
	public void classify(Map<String, String> derived, String stratumCode) {
		this.variables = JSON.writeValueAsString(derived);
		this.stratum = stratumCode;
	}

	/** Includes or excludes the response from the analysis; excluding needs a reason. */
	public void decide(boolean include, String reason, long analystId, Instant now) {
		if (!include && (reason == null || reason.isBlank())) {
			throw new DomainException("polls.quality.reason-required");
		}
		this.included = include;
		this.exclusionReason = include ? null : reason.strip();
		this.reviewedBy = analystId;
		this.reviewedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getPollId() {
		return pollId;
	}

	public Map<String, String> answers() {
		return JSON.readValue(answers, MAP);
	}

	public ResponseSummary summary() {
		return new ResponseSummary(id, pollId, mode, enumeratorId, importBatch, answers(),
				JSON.readValue(variables, MAP), stratum, startedAt, submittedAt, durationSeconds, included,
				exclusionReason);
	}
}
