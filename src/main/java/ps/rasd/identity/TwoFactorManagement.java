package ps.rasd.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.domain.Account;
import ps.rasd.identity.domain.AccountRepository;
import ps.rasd.identity.domain.RecoveryCode;
import ps.rasd.identity.domain.RecoveryCodeRepository;
import ps.rasd.identity.domain.Totp;
import ps.rasd.identity.domain.TwoFactor;
import ps.rasd.identity.domain.TwoFactorRepository;
import ps.rasd.identity.internal.TwoFactorSealer;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238): enrolment confirmed by a first code, a code at each
 * sign-in (each accepted once), ten one-time recovery codes (kept as Argon2id hashes), disabling and new recovery
 * codes with the password. Required for administrators and coordinators (who read sealed identities) unless the
 * setting {@code rasd.identity.two-factor-required} says otherwise; by default it is required except in demo mode.
 * Enrolment, disabling, new recovery codes, a recovery code used and a reset are all written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorManagement {

	/** The roles that must use a second factor: administrators, and coordinators who read sealed identities. */
	public static final Set<String> REQUIRED_FOR = Set.of(Role.ADMIN.name(), Role.COORDINATOR.name(),
			Role.DOCUMENTER.name());

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final TwoFactorRepository enrolments;

	private final RecoveryCodeRepository recoveryCodes;

	private final TwoFactorSealer sealer;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean required;

	TwoFactorManagement(AccountRepository accounts, TwoFactorRepository enrolments, RecoveryCodeRepository recoveryCodes,
			TwoFactorSealer sealer, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			@Value("${rasd.identity.two-factor-required:}") String requiredSetting,
			@Value("${rasd.demo:false}") boolean demo) {
		this.accounts = accounts;
		this.enrolments = enrolments;
		this.recoveryCodes = recoveryCodes;
		this.sealer = sealer;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.required = requiredSetting == null || requiredSetting.isBlank() ? !demo
				: Boolean.parseBoolean(requiredSetting.strip());
	}

	/** Whether a person with these roles (names without prefix) must use a second factor here. */
	public boolean requiredFor(Set<String> roleNames) {
		return required && roleNames.stream().anyMatch(REQUIRED_FOR::contains);
	}

	public boolean enrolled(long accountId) {
		return enrolments.existsById(accountId);
	}

	public TwoFactorStatus status(long accountId) {
		Account account = account(accountId);
		var enrolment = enrolments.findById(accountId);
		return new TwoFactorStatus(enrolment.isPresent(), enrolment.map(TwoFactor::getEnrolledAt).orElse(null),
				recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId),
				requiredFor(account.toSummary().roles().stream().map(Role::name).collect(java.util.stream.Collectors
					.toSet())));
	}

	/** A fresh secret to offer the person, with the link for its QR code; nothing is stored yet. */
	public TwoFactorEnrolment offer(String username) {
		String secret = Totp.newSecret();
		return new TwoFactorEnrolment(secret, Totp.uri("Rasd", username, secret));
	}

	/**
	 * Enrols the account with the offered secret, once a code made from it is given.
	 * @return the recovery codes, shown once
	 * @throws DomainException {@code identity.two-factor.already-enrolled}, {@code identity.two-factor.code-wrong}
	 */
	@Transactional
	public List<String> enrol(long accountId, String secret, String code) {
		account(accountId);
		if (enrolments.existsById(accountId)) {
			throw new DomainException("identity.two-factor.already-enrolled");
		}
		var step = Totp.match(secret, code, clock.instant(), Long.MIN_VALUE);
		if (step.isEmpty()) {
			throw new DomainException("identity.two-factor.code-wrong");
		}
		enrolments.save(new TwoFactor(accountId, sealer.seal(accountId, secret), step.getAsLong(), clock.instant()));
		audit.record("account.two-factor-enrolled", "account", accountId, null, null);
		return replaceRecoveryCodes(accountId);
	}

	/**
	 * Checks a sign-in code: an authenticator code (each accepted once, within 30 seconds either side of now) or an
	 * unused recovery code, which is then used up and the use audited.
	 */
	@Transactional
	public boolean verify(long accountId, String code) {
		TwoFactor enrolment = enrolments.findById(accountId).orElse(null);
		if (enrolment == null || code == null || code.isBlank()) {
			return false;
		}
		String secret = sealer.open(accountId, enrolment.getSealedSecret());
		if (enrolment.accept(secret, code, clock.instant()).isPresent()) {
			enrolments.saveAndFlush(enrolment); // the version guards two uses of one code at the same moment
			return true;
		}
		String typed = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.length() != 12) {
			return false;
		}
		for (RecoveryCode recovery : recoveryCodes.findByAccountIdAndUsedAtIsNull(accountId)) {
			if (passwords.matches(typed, recovery.getCodeHash())) {
				if (recoveryCodes.markUsed(recovery.getId(), clock.instant()) != 1) {
					return false;
				}
				audit.record("account.recovery-code-used", "account", accountId, null,
						"left=" + recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId));
				return true;
			}
		}
		return false;
	}

	/**
	 * The owner turns two-factor sign-in off, with their password. Where it is required they are led to enrol again.
	 * @throws DomainException {@code identity.password.wrong-current}, {@code identity.two-factor.not-enrolled}
	 */
	@Transactional
	public void disable(long accountId, String password) {
		checkPassword(accountId, password);
		TwoFactor enrolment = enrolments.findById(accountId)
			.orElseThrow(() -> new DomainException("identity.two-factor.not-enrolled"));
		enrolments.delete(enrolment);
		recoveryCodes.deleteByAccount(accountId);
		audit.record("account.two-factor-disabled", "account", accountId, null, null);
	}

	/**
	 * New recovery codes for the owner, with their password; the old ones stop working.
	 * @throws DomainException {@code identity.password.wrong-current}, {@code identity.two-factor.not-enrolled}
	 */
	@Transactional
	public List<String> renewRecoveryCodes(long accountId, String password) {
		checkPassword(accountId, password);
		if (!enrolments.existsById(accountId)) {
			throw new DomainException("identity.two-factor.not-enrolled");
		}
		audit.record("account.recovery-codes-renewed", "account", accountId, null, null);
		return replaceRecoveryCodes(accountId);
	}

	/**
	 * An administrator removes the second factor of someone who lost their phone and their recovery codes; they
	 * sign in with their password and, where required, enrol again.
	 * @throws DomainException {@code identity.account.self-lockout} for one's own account (use {@link #disable})
	 */
	@Transactional
	public void reset(long accountId, long actingAccountId) {
		if (accountId == actingAccountId) {
			throw new DomainException("identity.account.self-lockout");
		}
		account(accountId);
		enrolments.findById(accountId).ifPresent(enrolments::delete);
		recoveryCodes.deleteByAccount(accountId);
		audit.record("account.two-factor-reset", "account", accountId, null, null);
	}

	private List<String> replaceRecoveryCodes(long accountId) {
		recoveryCodes.deleteByAccount(accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 12; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			recoveryCodes.save(new RecoveryCode(accountId, passwords.encode(code.toString()), clock.instant()));
			codes.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
		}
		return codes;
	}

	private void checkPassword(long accountId, String password) {
		if (password == null || !passwords.matches(password, account(accountId).getPasswordHash())) {
			throw new DomainException("identity.password.wrong-current");
		}
	}

	private Account account(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("identity.account.not-found"));
	}
}
