package ps.rasd.openrosa.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.openrosa.DeviceSummary;

/**
 * A phone with ODK Collect or KoboCollect acting as one monitor; only the SHA-256 of its token is kept, and for its
 * Digest sign-in the HA1 of its password (MD5 and SHA-256), encrypted.
 */
@Entity
@Table(name = "openrosa_device")
public class Device {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String label;

	private String tokenHash;

	private String tokenPrefix;

	private long createdBy;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private String digestUsername;

	private String digestMd5;

	private String digestSha256;

	protected Device() {
	}

	public Device(long accountId, String label, String tokenHash, String tokenPrefix, long createdBy,
			Instant createdAt) {
		this.accountId = accountId;
		this.label = label;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public boolean usable() {
		return revokedAt == null;
	}

	/**
	 * Notes the device's contact, to the minute: a phone sending a batch would otherwise write its row once a
	 * request, and concurrent requests of one device would queue on that row's lock.
	 */
	public void used(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
			lastUsedAt = now;
		}
	}

	public void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/**
	 * Gives the device a Digest sign-in.
	 * @param md5 the sealed HA1 for MD5
	 * @param sha256 the sealed HA1 for SHA-256
	 */
	public void signIn(String username, String md5, String sha256) {
		this.digestUsername = username;
		this.digestMd5 = md5;
		this.digestSha256 = sha256;
	}

	/** The sealed HA1 for an algorithm ({@code MD5} or {@code SHA-256}), {@code null} when it has none. */
	public String sealedHa1(boolean sha256) {
		return sha256 ? digestSha256 : digestMd5;
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public DeviceSummary toSummary() {
		return new DeviceSummary(id, accountId, label, tokenPrefix, digestUsername, createdAt, lastUsedAt, revokedAt);
	}
}
