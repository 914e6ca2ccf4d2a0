package ps.rasd.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.forms.ScoreCard;
import ps.rasd.monitoring.ReviewDecision;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;

/**
 * A monitoring visit: one monitor's answers to one form version about one facility. Guards its workflow:
 * {@code DRAFT → SUBMITTED → APPROVED | HAS_ISSUES (back to the monitor) | REJECTED}; answers change only while the
 * monitor holds the visit; the score is fixed at submission.
 */
@Entity
@Table(name = "monitoring_visit")
public class Visit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private long facilityId;

	private String governorateCode;

	private String sectorCode;

	private long formVersionId;

	private long monitorId;

	@Enumerated(EnumType.STRING)
	private VisitStatus status;

	private String answers;

	private LocalDate visitedOn;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	private Instant reviewedAt;

	private Long reviewerId;

	private String reviewComment;

	private BigDecimal overallScore;

	private String idempotencyKey;

	private Long assignmentId;

	@Enumerated(EnumType.STRING)
	private ps.rasd.shared.Tier tier = ps.rasd.shared.Tier.INTERNAL;

	private Instant embargoUntil;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "monitoring_visit_score", joinColumns = @JoinColumn(name = "visit_id"))
	@MapKeyColumn(name = "indicator_code")
	@Column(name = "score")
	private Map<String, BigDecimal> scores = new LinkedHashMap<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "visit_id", nullable = false, updatable = false)
	@OrderBy("at, id")
	private List<VisitEvent> events = new ArrayList<>();

	protected Visit() {
	}

	/** A new draft. */
	public Visit(String reference, long facilityId, String governorateCode, String sectorCode, long formVersionId,
			long monitorId, String idempotencyKey, Instant now) {
		this.reference = reference;
		this.facilityId = facilityId;
		this.governorateCode = governorateCode;
		this.sectorCode = sectorCode;
		this.formVersionId = formVersionId;
		this.monitorId = monitorId;
		this.idempotencyKey = idempotencyKey;
		this.status = VisitStatus.DRAFT;
		this.answers = Answers.write(Map.of());
		this.createdAt = now;
		this.updatedAt = now;
		events.add(new VisitEvent(null, VisitStatus.DRAFT, monitorId, now, null));
	}

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	/** A new readable reference, {@code V-<year>-} and eight unambiguous letters and digits. */
	public static String newReference(int year) {
		StringBuilder ref = new StringBuilder("V-").append(year).append('-');
		for (int i = 0; i < 8; i++) {
			ref.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return ref.toString();
	}

	/**
	 * Shares an approved visit beyond the staff (partners, or everyone), from a date when an embargo is given.
	 * Only approved visits can be shared; any visit can be taken back to internal.
	 */
	public void share(ps.rasd.shared.Tier to, Instant embargo, Instant now) {
		if (to != ps.rasd.shared.Tier.INTERNAL && status != VisitStatus.APPROVED) {
			throw new ConflictException("monitoring.tier.not-approved");
		}
		this.tier = to;
		this.embargoUntil = embargo;
		this.updatedAt = now;
	}

	public ps.rasd.shared.Tier getTier() {
		return tier;
	}

	public Instant getEmbargoUntil() {
		return embargoUntil;
	}

	/** The visit is made for an assignment. */
	public void forAssignment(long assignment) {
		this.assignmentId = assignment;
	}

	public Long getAssignmentId() {
		return assignmentId;
	}

	/** Keeps the answers as typed (already checked for format by the caller); only while the monitor holds it. */
	public void saveAnswers(Map<String, String> checked, long actorId, Instant now) {
		requireEditableBy(actorId);
		this.answers = Answers.write(checked);
		this.visitedOn = visitDate(checked);
		this.updatedAt = now;
	}

	/** Submits valid answers with their score. */
	public void submit(Map<String, String> checked, ScoreCard score, long actorId, Instant now) {
		requireEditableBy(actorId);
		saveAnswers(checked, actorId, now);
		scores.clear();
		score.indicators().forEach((code, value) -> scores.put(code, scale(value)));
		this.overallScore = score.overall() == null ? null : scale(score.overall());
		this.submittedAt = now;
		move(VisitStatus.SUBMITTED, actorId, now, null);
	}

	/** The coordinator's decision. A monitor cannot review their own visit. */
	public void review(ReviewDecision decision, String comment, long reviewerId, Instant now) {
		if (status != VisitStatus.SUBMITTED) {
			throw new ConflictException("monitoring.visit.not-submitted");
		}
		if (reviewerId == monitorId) {
			throw new DomainException("monitoring.review.own-visit");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (decision.needsComment() && text == null) {
			throw new DomainException("monitoring.review.comment-required");
		}
		this.reviewerId = reviewerId;
		this.reviewedAt = now;
		this.reviewComment = text;
		move(decision.result(), reviewerId, now, text);
	}

	/** Demo content and imports: sets the times of a visit made in the past. */
	public void backdate(Instant created, Instant submitted) {
		this.createdAt = created;
		this.submittedAt = submitted;
		this.updatedAt = submitted == null ? created : submitted;
	}

	private void move(VisitStatus to, long actorId, Instant now, String comment) {
		events.add(new VisitEvent(status, to, actorId, now, comment));
		this.status = to;
		this.updatedAt = now;
	}

	private void requireEditableBy(long actorId) {
		if (!status.editable()) {
			throw new ConflictException("monitoring.visit.not-editable");
		}
		if (actorId != monitorId) {
			throw new ps.rasd.shared.ForbiddenException("monitoring.visit.not-yours");
		}
	}

	private static LocalDate visitDate(Map<String, String> answers) {
		String date = answers.get("visit_date");
		try {
			return date == null ? null : LocalDate.parse(date);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static BigDecimal scale(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

	public Long getId() {
		return id;
	}

	public long getMonitorId() {
		return monitorId;
	}

	public String getGovernorateCode() {
		return governorateCode;
	}

	public long getFormVersionId() {
		return formVersionId;
	}

	public VisitStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public Map<String, String> answers() {
		return Answers.read(answers);
	}

	/** Without the history (lists). */
	public VisitSummary toSummary() {
		return summary(List.of());
	}

	/** With the history (a visit's page). */
	public VisitSummary toDetailedSummary() {
		return summary(events.stream().map(VisitEvent::toSummary).toList());
	}

	private VisitSummary summary(List<VisitSummary.Event> history) {
		return new VisitSummary(id == null ? 0 : id, reference, facilityId, governorateCode, sectorCode, formVersionId,
				monitorId, status, answers(), visitedOn, submittedAt, reviewComment, overallScore,
				new LinkedHashMap<>(scores), history, updatedAt, tier, embargoUntil, version);
	}
}
