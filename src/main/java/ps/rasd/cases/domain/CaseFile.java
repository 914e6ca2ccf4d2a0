package ps.rasd.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseActor;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.Workflow;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.Tier;

/**
 * A case (the word {@code case} being taken by Java): one problem with one service in one place, and its timeline.
 * Every change of state goes through {@link #apply}, which asks the {@link Workflow} and writes the timeline.
 */
@Entity
@Table(name = "cases_case")
public class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private String title;

	private String description;

	private String governorateCode;

	private Long placeId;

	private Long facilityId;

	private String sectorCode;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	private CaseSource source;

	private Long filedBy;

	private Long visitId;

	private String indicatorCode;

	private Long authorityId;

	private Instant referredAt;

	private Instant dueAt;

	private Instant remindedAt;

	private Instant overdueSince;

	private Instant firstReplyAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private Long duplicateOfId;

	@Enumerated(EnumType.STRING)
	private Tier tier;

	private LocalDate embargoUntil;

	private String searchKey;

	private String publicTitle;

	private String publicStory;

	private Instant publishedAt;

	private String trackingHash;

	private String idempotencyKey;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("at asc, id asc")
	private List<CaseEvent> events = new ArrayList<>();

	protected CaseFile() {
	}

	public CaseFile(String reference, CaseDraft draft, CaseSource source, Long filedBy, String searchKey,
			String trackingHash, String idempotencyKey, Instant now) {
		this.reference = reference;
		this.title = draft.title();
		this.description = draft.description();
		this.governorateCode = draft.governorateCode();
		this.placeId = draft.placeId();
		this.facilityId = draft.facilityId();
		this.sectorCode = draft.sectorCode();
		this.latitude = draft.latitude();
		this.longitude = draft.longitude();
		this.visitId = draft.visitId();
		this.indicatorCode = draft.indicatorCode();
		this.source = source;
		this.filedBy = filedBy;
		this.searchKey = searchKey;
		this.trackingHash = trackingHash;
		this.idempotencyKey = idempotencyKey;
		this.status = CaseStatus.SUBMITTED;
		this.tier = Tier.INTERNAL;
		this.createdAt = now;
		this.updatedAt = now;
		this.events.add(new CaseEvent("FILED", null, CaseStatus.SUBMITTED, CaseActor.REPORTER, filedBy, null, now, null, null));
	}

	/** The fields of a new case. */
	public record CaseDraft(String title, String description, String governorateCode, Long placeId, Long facilityId,
			String sectorCode, Double latitude, Double longitude, Long visitId, String indicatorCode) {
	}

	/**
	 * Takes an action: checks the version the person saw, moves to the workflow's target state, keeps the dates of
	 * the referral and the reply, and writes the timeline.
	 * @throws ConflictException when someone else changed the case since it was read
	 */
	public CaseStatus apply(CaseAction action, long expectedVersion, CaseActor actor, Long actorId, Change change,
			Instant now) {
		if (expectedVersion != version) {
			throw new ConflictException("cases.case.stale");
		}
		CaseStatus from = status;
		CaseStatus to = Workflow.target(from, action).orElseThrow(() -> new ConflictException(
				"cases.transition.invalid", action.name(), from.name()));
		switch (action) {
			case REFER, ESCALATE -> {
				authorityId = change.authorityId();
				referredAt = now;
				dueAt = change.dueAt();
				remindedAt = null;
				overdueSince = null;
			}
			case MARK_DUPLICATE -> duplicateOfId = change.duplicateOfId();
			case REPLY_RESOLVED -> resolvedAt = now;
			case REOPEN -> resolvedAt = null;
			default -> {
			}
		}
		if (action.isReply()) {
			if (firstReplyAt == null) {
				firstReplyAt = now;
			}
			dueAt = null;
			overdueSince = null;
		}
		status = to;
		if (!to.isOpen()) {
			closedAt = now;
		}
		updatedAt = now;
		events.add(new CaseEvent(action.name(), from, to, actor, actorId, change.authorityId() != null
				? change.authorityId() : authorityId, now, blank(change.internalNote()), blank(change.publicNote())));
		return to;
	}

	/** What an action brings along. */
	public record Change(Long authorityId, Instant dueAt, Long duplicateOfId, String internalNote, String publicNote) {

		public static Change notes(String internalNote, String publicNote) {
			return new Change(null, null, null, internalNote, publicNote);
		}
	}

	/** Adds a note to the timeline without changing the state (e.g. more information from the reporter). */
	public void note(CaseActor actor, Long actorId, String internalNote, String publicNote, Instant now) {
		events.add(new CaseEvent("NOTE", status, status, actor, actorId, null, now, blank(internalNote),
				blank(publicNote)));
		updatedAt = now;
	}

	/** The reminder before the due date went out. */
	public void reminded(Instant now) {
		remindedAt = now;
	}

	/** The referral was found past its due date. */
	public void markOverdue(Instant now) {
		overdueSince = now;
	}

	/** Sets who may read the case, from when, and the redacted copy the public reads. */
	public void publication(Tier tier, LocalDate embargoUntil, String publicTitle, String publicStory, Instant now) {
		this.tier = tier;
		this.embargoUntil = embargoUntil;
		this.publicTitle = blank(publicTitle);
		this.publicStory = blank(publicStory);
		if (tier == Tier.PUBLIC && publishedAt == null) {
			publishedAt = now;
		}
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public CaseStatus getStatus() {
		return status;
	}

	public String getGovernorateCode() {
		return governorateCode;
	}

	public Long getFiledBy() {
		return filedBy;
	}

	public Long getAuthorityId() {
		return authorityId;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	public Instant getOverdueSince() {
		return overdueSince;
	}

	public long getVersion() {
		return version;
	}

	public List<CaseEvent> getEvents() {
		return events;
	}

	public CaseSummary toSummary() {
		return new CaseSummary(id, reference, title, description, governorateCode, placeId, facilityId, sectorCode,
				latitude, longitude, status, source, filedBy, visitId, indicatorCode, authorityId, referredAt, dueAt,
				overdueSince, firstReplyAt, resolvedAt, closedAt, duplicateOfId, tier, embargoUntil, createdAt,
				updatedAt, version, publicTitle, publicStory, publishedAt);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
