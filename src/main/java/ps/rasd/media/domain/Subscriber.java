package ps.rasd.media.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.media.SubscriberStatus;

/**
 * A reader of the newsletter: PENDING until they confirm from the mail sent to them (double opt-in), then ACTIVE;
 * UNSUBSCRIBED in one click; SUPPRESSED when their address keeps failing or bounces. Their secret token is the only
 * key of their confirm and unsubscribe links.
 */
@Entity
@Table(name = "media_subscriber")
public class Subscriber {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String language;

	private String topics;

	private String governorates;

	@Enumerated(EnumType.STRING)
	private SubscriberStatus status;

	private String token;

	private Instant createdAt;

	private Instant confirmedAt;

	private Instant leftAt;

	private String origin;

	private Long leftIssueId;

	private String leftReason;

	@Version
	private long version;

	protected Subscriber() {
	}

	public Subscriber(String email, String language, String topics, String governorates, String token, Instant now) {
		this.email = email;
		this.createdAt = now;
		ask(language, topics, governorates, token);
	}

	/** Asks again (a new token, PENDING) — a former subscriber who subscribes anew. */
	public void ask(String language, String topics, String governorates, String token) {
		this.language = language;
		this.topics = topics;
		this.governorates = governorates;
		this.token = token;
		this.status = SubscriberStatus.PENDING;
	}

	/** @return whether this confirmed a pending subscription */
	public boolean confirm(Instant now) {
		if (status != SubscriberStatus.PENDING) {
			return status == SubscriberStatus.ACTIVE;
		}
		status = SubscriberStatus.ACTIVE;
		confirmedAt = now;
		return true;
	}

	/**
	 * Confirmed by consent recorded elsewhere (a network person who agreed to the newsletter), not by a click.
	 * @param origin where the consent is recorded, e.g. {@code network-group:12}
	 */
	public void confirmFrom(String origin, Instant now) {
		if (status == SubscriberStatus.PENDING) {
			this.origin = origin;
			status = SubscriberStatus.ACTIVE;
			confirmedAt = now;
		}
	}

	/** Where the subscription came from: {@code null} for the public form, else e.g. {@code network-group:12}. */
	public String getOrigin() {
		return origin;
	}

	/** Leaves: unsubscribed by themself, or suppressed (reason {@code FAILED} or {@code BOUNCED}). */
	public void leave(SubscriberStatus to, String reason, Long issueId, Instant now) {
		if (status == SubscriberStatus.UNSUBSCRIBED || status == SubscriberStatus.SUPPRESSED) {
			return;
		}
		status = to;
		leftReason = reason;
		leftIssueId = issueId;
		leftAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getLanguage() {
		return language;
	}

	/** The sectors (topics) chosen, codes separated by commas; {@code null} for all. */
	public String getTopics() {
		return topics;
	}

	/** The governorates chosen, PCBS codes separated by commas; {@code null} for all. */
	public String getGovernorates() {
		return governorates;
	}

	public SubscriberStatus getStatus() {
		return status;
	}

	public String getToken() {
		return token;
	}
}
