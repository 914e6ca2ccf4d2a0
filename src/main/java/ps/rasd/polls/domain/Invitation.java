package ps.rasd.polls.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link for one invited respondent. Only the SHA-256 of the token is kept; the links are handed out once,
 * when they are made, and nothing ties a link to a person.
 */
@Entity
@Table(name = "polls_invitation")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long pollId;

	private String tokenHash;

	private String batch;

	private Instant createdAt;

	private Instant usedAt;

	protected Invitation() {
	}

	public Invitation(long pollId, String tokenHash, String batch, Instant createdAt) {
		this.pollId = pollId;
		this.tokenHash = tokenHash;
		this.batch = batch;
		this.createdAt = createdAt;
	}

	/** Marks the link used: it opens no questionnaire any more. */
	public void use(Instant now) {
		this.usedAt = now;
	}

	public boolean used() {
		return usedAt != null;
	}

	public Long getId() {
		return id;
	}

	public long getPollId() {
		return pollId;
	}
}
