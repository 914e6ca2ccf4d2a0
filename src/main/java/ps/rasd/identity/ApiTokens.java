package ps.rasd.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.domain.Account;
import ps.rasd.identity.domain.AccountRepository;
import ps.rasd.identity.domain.ApiToken;
import ps.rasd.identity.domain.ApiTokenRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;

/**
 * Personal API tokens: made on the person's own page, scoped to reading or to reading and writing, optionally
 * expiring, revocable; only their SHA-256 is stored, and a token acts with its owner's roles and governorates.
 */
@Service
@Transactional
public class ApiTokens {

	/** The longest a token may live; tokens without an expiry are allowed too. */
	public static final int MAX_DAYS = 365;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Makes a token for this person; the secret is in the answer and nowhere else. */
	public NewApiToken create(long accountId, String name, TokenScope scope, Integer days) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 100) {
			throw new InvalidInputException("identity.token.invalid", Map.of("name", label.isEmpty()
					? "identity.token.name-required" : "identity.token.name-too-long"));
		}
		if (scope == null) {
			throw new InvalidInputException("identity.token.invalid", Map.of("scope", "identity.token.scope-required"));
		}
		if (days != null && (days < 1 || days > MAX_DAYS)) {
			throw new InvalidInputException("identity.token.invalid", Map.of("days", "identity.token.days-range"));
		}
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("identity.not-found"));
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "rasd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		ApiToken token = tokens.save(new ApiToken(account.getId(), label, hash(secret), secret.substring(0, 12), scope,
				now, days == null ? null : now.plus(Duration.ofDays(days))));
		audit.record("api-token.created", "account", account.getId(), null, "scope=" + scope);
		return new NewApiToken(token.toSummary(), secret);
	}

	/** This person's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiTokenSummary> of(long accountId) {
		return tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(ApiToken::toSummary).toList();
	}

	/** Revokes one of this person's tokens at once. */
	public void revoke(long accountId, long tokenId) {
		ApiToken token = tokens.findById(tokenId).filter(t -> t.getAccountId() == accountId)
			.orElseThrow(() -> new NotFoundException("identity.token.not-found"));
		token.revoke(clock.instant());
		audit.record("api-token.revoked", "account", accountId, null, "token=" + tokenId);
	}

	/** The usable token with this secret, marking its use; empty for an unknown, revoked or expired one. */
	public java.util.Optional<ApiToken> use(String secret) {
		if (secret == null || !secret.startsWith("rasd_") || secret.length() > 100) {
			return java.util.Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(secret)).filter(t -> t.usable(now)).map(t -> {
			t.used(now);
			return t;
		});
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
