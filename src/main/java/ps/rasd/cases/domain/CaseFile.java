package ps.rasd.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import ps.rasd.cases.CaseEvents.CaseFiled;
import ps.rasd.cases.CaseEvents.CaseMoved;
import ps.rasd.cases.CaseEvents.DeadlineNear;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.Workflow;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * A case (the word {@code case} being taken by Java): one problem with one service in one place, and its timeline.
 * Every change of state goes through {@link #apply}, which checks what the action needs ({@link ActionPolicy}), asks
 * the {@link Workflow} and writes the timeline. The aggregate guards its own life (a public reason to reject or close,
 * an overdue referral to escalate, a resolved case to send a monitor to, a public copy to publish, an open case to add
 * information to) and registers its events, published when the repository saves it: {@link CaseFiled},
 * {@link CaseMoved}, {@link DeadlineNear} and {@link SearchableChanged}.
 */
@Entity
@Table(name = "cases_case")
public class CaseFile extends EventSource<CaseFile> {

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

	/** The kind of record cases are in the search index. */
	public static final String SEARCH_TYPE = "case";

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
		register(c -> new CaseFiled(c.id, c.reference, c.governorateCode));
		register(CaseFile::searchableChanged);
	}


	/**
	 * Takes an action: checks the version the person saw, moves to the workflow's target state, keeps the dates of
	 * the referral and the reply, and writes the timeline.
	 * @throws ConflictException when someone else changed the case since it was read
	 */
	public CaseStatus apply(CaseAction action, long expectedVersion, CaseActor actor, Long actorId, Change change,
			Instant now) {
		ActionPolicy.check(action, change);
		if (action == CaseAction.ESCALATE && !isOverdue(now)) {
			throw new ConflictException("cases.escalate.not-overdue");
		}
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
				? change.authorityId() : authorityId, now, blankOrNull(change.internalNote()), blankOrNull(change.publicNote())));
		Long linkId = change.replyLinkId();
		register(c -> new CaseMoved(c.id, c.reference, action, from, to, c.authorityId, linkId));
		register(CaseFile::searchableChanged);
		return to;
	}

	/**
	 * Marks the case a duplicate of another, which it then follows.
	 * @throws InvalidInputException {@code duplicateOf}: the original is this case or itself a duplicate
	 */
	public CaseStatus markDuplicateOf(CaseFile original, long expectedVersion, CaseActor actor, Long actorId,
			String internalNote, String publicNote, Instant now) {
		if (original == this || (id != null && id.equals(original.id)) || original.status == CaseStatus.DUPLICATE) {
			throw new InvalidInputException("cases.case.invalid", Map.of("duplicateOf", "cases.duplicate.invalid"));
		}
		return apply(CaseAction.MARK_DUPLICATE, expectedVersion, actor, actorId,
				new Change(null, null, original.id, internalNote, publicNote), now);
	}

	/**
	 * Checks that the action may start from the case's state at all, before anything else is asked of it.
	 * @throws ConflictException {@code cases.transition.invalid}
	 */
	public void requireAllowed(CaseAction action) {
		if (Workflow.target(status, action).isEmpty()) {
			throw new ConflictException("cases.transition.invalid", action.name(), status.name());
		}
	}

	/**
	 * The reporter adds information through the tracking link: a case waiting for it goes back to verification,
	 * any other open case gets a note.
	 * @throws InvalidInputException {@code text}: missing or longer than 4,000 characters
	 * @throws ConflictException {@code cases.case.closed} when the case is no longer followed
	 */
	public void addInformation(String text, Instant now) {
		if (blankOrNull(text) == null) {
			throw new InvalidInputException("cases.case.invalid", Map.of("text", "cases.field.required"));
		}
		if (text.length() > 4000) {
			throw new InvalidInputException("cases.case.invalid", Map.of("text", "cases.field.too-long"));
		}
		if (!status.isOpen()) {
			throw new ConflictException("cases.case.closed");
		}
		if (status == CaseStatus.NEEDS_INFO) {
			apply(CaseAction.PROVIDE_INFO, version, CaseActor.REPORTER, null, Change.notes(text.strip(), null), now);
		}
		else {
			note(CaseActor.REPORTER, null, text.strip(), null, now);
		}
	}

	/**
	 * Checks that a monitor may be sent to check the fix: only a case the authority reports resolved.
	 * @throws ConflictException {@code cases.follow-up.not-resolved}
	 */
	public void requireFixToCheck() {
		if (status != CaseStatus.RESOLVED) {
			throw new ConflictException("cases.follow-up.not-resolved");
		}
	}

	/** Whether the referral is past its due date at this instant, or was found so. */
	public boolean isOverdue(Instant now) {
		return overdueSince != null || (dueAt != null && now.isAfter(dueAt) && status.unanswered());
	}


	/** Adds a note to the timeline without changing the state (e.g. more information from the reporter). */
	public void note(CaseActor actor, Long actorId, String internalNote, String publicNote, Instant now) {
		events.add(new CaseEvent("NOTE", status, status, actor, actorId, null, now, blankOrNull(internalNote),
				blankOrNull(publicNote)));
		updatedAt = now;
	}

	/**
	 * The reminder before the due date went out (the authority is reminded unless the referral is already overdue).
	 * @return whether a reminder is due to the authority
	 */
	public boolean reminded(Instant now) {
		remindedAt = now;
		if (overdueSince != null) {
			return false;
		}
		register(c -> new DeadlineNear(c.id, c.reference, c.authorityId, false));
		return true;
	}

	/** The referral was found past its due date. */
	public void markOverdue(Instant now) {
		overdueSince = now;
		register(c -> new DeadlineNear(c.id, c.reference, c.authorityId, true));
	}

	/**
	 * Sets who may read the case, from when, and the redacted copy the public reads, against the version the person
	 * saw. Making it public needs a public title and story.
	 * @throws ConflictException {@code cases.case.stale}
	 * @throws InvalidInputException a public copy missing or too long
	 */
	public void publication(long expectedVersion, Tier tier, LocalDate embargoUntil, String publicTitle,
			String publicStory, Instant now) {
		if (expectedVersion != version) {
			throw new ConflictException("cases.case.stale");
		}
		PublicationPolicy.check(tier, publicTitle, publicStory);
		this.tier = tier;
		this.embargoUntil = embargoUntil;
		this.publicTitle = blankOrNull(publicTitle);
		this.publicStory = blankOrNull(publicStory);
		if (tier == Tier.PUBLIC && publishedAt == null) {
			publishedAt = now;
		}
		this.updatedAt = now;
		register(CaseFile::searchableChanged);
	}

	private Object searchableChanged() {
		return SearchableChanged.of(SEARCH_TYPE, id);
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

	public String getTrackingHash() {
		return trackingHash;
	}

	public long getVersion() {
		return version;
	}

	public List<CaseEvent> getEvents() {
		return events;
	}

	public CaseSummary toSummary() {
		// a case not yet stored (in a unit test) reads as id 0
		return new CaseSummary(id == null ? 0 : id, reference, title, description, governorateCode, placeId, facilityId, sectorCode,
				latitude, longitude, status, source, filedBy, visitId, indicatorCode, authorityId, referredAt, dueAt,
				overdueSince, firstReplyAt, resolvedAt, closedAt, duplicateOfId, tier, embargoUntil, createdAt,
				updatedAt, version, publicTitle, publicStory, publishedAt);
	}

	static String blankOrNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
