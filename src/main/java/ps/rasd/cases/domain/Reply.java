package ps.rasd.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.Moderation;
import ps.rasd.cases.ReplyView;

/** What an authority answered about a case; published next to the finding once a coordinator approves it. */
@Entity
@Table(name = "cases_reply")
public class Reply {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private long authorityId;

	@Enumerated(EnumType.STRING)
	private CaseAction kind;

	private String message;

	private LocalDate scheduledFor;

	private String responsibleNamed;

	private String via;

	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	private Moderation moderation;

	private Long moderatedBy;

	private Instant moderatedAt;

	private String publicText;

	protected Reply() {
	}

	public Reply(long caseId, long authorityId, CaseAction kind, String message, LocalDate scheduledFor,
			String responsibleNamed, String via, Instant receivedAt) {
		this.caseId = caseId;
		this.authorityId = authorityId;
		this.kind = kind;
		this.message = message;
		this.scheduledFor = scheduledFor;
		this.responsibleNamed = responsibleNamed;
		this.via = via;
		this.receivedAt = receivedAt;
		this.moderation = Moderation.PENDING;
	}

	public void moderate(Moderation decision, String publicText, long by, Instant now) {
		this.moderation = decision;
		this.publicText = decision == Moderation.APPROVED ? publicText : null;
		this.moderatedBy = by;
		this.moderatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public Moderation getModeration() {
		return moderation;
	}

	public ReplyView toView() {
		return new ReplyView(id, caseId, authorityId, kind, message, scheduledFor, responsibleNamed, via, receivedAt,
				moderation, publicText);
	}
}
