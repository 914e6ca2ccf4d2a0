package ps.rasd.cases.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reply link given to an authority unit for one case; its token is signed, it expires and is used once. */
@Entity
@Table(name = "cases_reply_link")
public class ReplyLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private long authorityId;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected ReplyLink() {
	}

	public ReplyLink(long caseId, long authorityId, Instant createdAt, Instant expiresAt) {
		this.caseId = caseId;
		this.authorityId = authorityId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public void use(Instant now) {
		usedAt = now;
	}

	/** Ends the link before its time (a new referral replaces it). */
	public void revoke(Instant now) {
		if (usedAt == null) {
			usedAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public long getAuthorityId() {
		return authorityId;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getUsedAt() {
		return usedAt;
	}
}
