package ps.rasd.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.identity.ApiTokenSummary;
import ps.rasd.identity.TokenScope;

/** A personal API token: only its SHA-256 is kept; the token itself is shown once. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String name;

	private String tokenHash;

	private String prefix;

	@Enumerated(EnumType.STRING)
	private TokenScope scope;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	public ApiToken(long accountId, String name, String tokenHash, String prefix, TokenScope scope, Instant createdAt,
			Instant expiresAt) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.scope = scope;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean usable(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

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

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public TokenScope getScope() {
		return scope;
	}

	public ApiTokenSummary toSummary() {
		return new ApiTokenSummary(id, name, prefix, scope, createdAt, expiresAt, lastUsedAt, revokedAt);
	}
}
