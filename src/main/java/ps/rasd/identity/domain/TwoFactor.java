package ps.rasd.identity.domain;

import java.time.Instant;
import java.util.OptionalLong;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account's enrolment in two-factor sign-in: its TOTP secret, sealed (the caller encrypts and decrypts it), and
 * the last time step whose code was accepted, so that no code is accepted twice.
 */
@Entity
@Table(name = "identity_two_factor")
public class TwoFactor {

	@Id
	private Long accountId;

	private String secret;

	private Instant enrolledAt;

	private long lastStep;

	@Version
	private long version;

	protected TwoFactor() {
	}

	/** An enrolment confirmed by the code of {@code step}, which cannot be used again. */
	public TwoFactor(long accountId, String sealedSecret, long step, Instant now) {
		this.accountId = accountId;
		this.secret = sealedSecret;
		this.lastStep = step;
		this.enrolledAt = now;
	}

	/** Accepts a code once: the step it matched, or empty (wrong, stale or already used). */
	public OptionalLong accept(String plainSecret, String code, Instant now) {
		OptionalLong step = Totp.match(plainSecret, code, now, lastStep);
		step.ifPresent(s -> this.lastStep = s);
		return step;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getSealedSecret() {
		return secret;
	}

	public Instant getEnrolledAt() {
		return enrolledAt;
	}
}
