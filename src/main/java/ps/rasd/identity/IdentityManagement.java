package ps.rasd.identity;

import ps.rasd.shared.access.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.domain.Account;
import ps.rasd.identity.domain.AccountRepository;
import ps.rasd.identity.domain.PasswordPolicy;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;

/**
 * The identity facade: creates and changes accounts, their passwords, roles and governorate scopes. Every method
 * that changes an account checks the version the caller saw, so two administrators editing at once cannot overwrite
 * each other.
 */
@Service
@Transactional
public class IdentityManagement {

	/** The version of the monitors' terms (the text is in the identity message bundles). */
	public static final String CONSENT_VERSION = "2026-11";

	/** Lower-case letters, digits, dot, dash, underscore; 3 to 64 characters. */
	public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final GeographyManagement geography;

	private final Clock clock;

	private final AuditTrail audit;

	IdentityManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, GeographyManagement geography,
			Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.geography = geography;
		this.clock = clock;
	}

	/**
	 * Creates an enabled account with a one-time password that must be changed at first sign-in.
	 * @throws DomainException {@code identity.account.username-invalid}, {@code identity.account.username-taken},
	 * {@code identity.account.roles-required}, {@code identity.account.governorates-required},
	 * {@code identity.account.governorate-unknown}
	 */
	public AccountCreated create(String username, AccountDetails details) {
		String password = PasswordPolicy.oneTimePassword();
		return new AccountCreated(create(username, details, password, true), password);
	}

	/** A random password as strong as a one-time password, for accounts nobody signs in to (demo content). */
	public static String randomPassword() {
		return PasswordPolicy.oneTimePassword();
	}

	/** Creates an account with a password of the caller's choosing that need not be changed (demo accounts). */
	public AccountSummary createWithPassword(String username, AccountDetails details, String password) {
		return create(username, details, password, false);
	}

	private AccountSummary create(String username, AccountDetails details, String password, boolean oneTime) {
		String name = normalizeUsername(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new DomainException("identity.account.username-invalid");
		}
		if (accounts.existsByUsername(name)) {
			throw new DomainException("identity.account.username-taken", name);
		}
		checkGovernorates(details);
		var account = new Account(name, details, passwordEncoder.encode(password), oneTime, clock.instant());
		AccountSummary saved = accounts.save(account).toSummary();
		audit.record("account.created", "account", saved.id(), null, describe(saved));
		return saved;
	}

	/**
	 * Changes an account's name, e-mail, roles and governorates.
	 * @param actingUsername who makes the change: an administrator cannot take the ADMIN role from themselves
	 * @throws ConflictException {@code identity.account.stale} when the account changed since {@code version}
	 */
	public AccountSummary update(long id, long version, AccountDetails details, String actingUsername) {
		Account account = load(id, version);
		if (account.getUsername().equals(actingUsername) && account.hasRole(Role.ADMIN)
				&& !details.roles().contains(Role.ADMIN)) {
			throw new DomainException("identity.account.self-lockout");
		}
		checkGovernorates(details);
		account.apply(details, clock.instant());
		AccountSummary saved = accounts.saveAndFlush(account).toSummary();
		audit.record("account.updated", "account", id, null, describe(saved));
		return saved;
	}

	/** Enables or disables sign-in; nobody can disable their own account. */
	public AccountSummary setEnabled(long id, long version, boolean enabled, String actingUsername) {
		Account account = load(id, version);
		if (!enabled && account.getUsername().equals(actingUsername)) {
			throw new DomainException("identity.account.self-lockout");
		}
		account.setEnabled(enabled, clock.instant());
		audit.record(enabled ? "account.enabled" : "account.disabled", "account", id, null, null);
		return accounts.saveAndFlush(account).toSummary();
	}

	/** Replaces the password by a new one-time password, returned once. */
	public AccountCreated resetPassword(long id, long version) {
		Account account = load(id, version);
		String password = PasswordPolicy.oneTimePassword();
		account.setPassword(passwordEncoder.encode(password), true, clock.instant());
		audit.record("account.password-reset", "account", id, null, null);
		return new AccountCreated(accounts.saveAndFlush(account).toSummary(), password);
	}

	/**
	 * The owner changes their password.
	 * @throws DomainException {@code identity.password.wrong-current}, {@code identity.password.same-as-current}
	 * and the codes of {@link PasswordPolicy#check}
	 */
	public void changePassword(String username, String currentPassword, String newPassword) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("identity.account.not-found"));
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new DomainException("identity.password.wrong-current");
		}
		if (currentPassword.equals(newPassword)) {
			throw new DomainException("identity.password.same-as-current");
		}
		PasswordPolicy.check(username, newPassword, account.getDisplayName(), account.getEmail());
		account.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
		audit.record("account.password-changed", "account", account.getId(), null, null);
	}

	private static String describe(AccountSummary account) {
		return "roles=" + account.roles() + " governorates=" + account.governorates() + " enabled=" + account.enabled();
	}

	/**
	 * Erases a person on request (administrators; nobody erases themselves): their identity is removed from the
	 * account — the only place Rasd keeps it — while the records of their work stay, without a name.
	 */
	public AccountSummary erase(long id, long version, String actingUsername) {
		Account account = load(id, version);
		if (account.getUsername().equals(actingUsername)) {
			throw new DomainException("identity.account.self-lockout");
		}
		account.erase(passwordEncoder.encode(PasswordPolicy.oneTimePassword()), clock.instant());
		audit.record("account.erased", "account", id, null, null);
		return accounts.saveAndFlush(account).toSummary();
	}

	/**
	 * A coordinator adds a monitor to their team: the role is MONITOR and the governorates are among the
	 * coordinator's. Answers a one-time password, as for any new account.
	 */
	public AccountCreated createMonitor(String username, String displayName, String email, Set<String> governorates,
			RasdPrincipal coordinator) {
		requireTeamScope(governorates, coordinator);
		return create(username, new AccountDetails(displayName, email, java.util.EnumSet.of(Role.MONITOR), governorates));
	}

	/** A coordinator changes a monitor of their team (name, e-mail, governorates among theirs). */
	public AccountSummary updateMonitor(long id, long version, String displayName, String email,
			Set<String> governorates, RasdPrincipal coordinator) {
		requireTeamMember(id, coordinator);
		requireTeamScope(governorates, coordinator);
		return update(id, version, new AccountDetails(displayName, email, java.util.EnumSet.of(Role.MONITOR),
				governorates), coordinator.username());
	}

	/** A coordinator stops or restarts a monitor of their team. */
	public AccountSummary setMonitorEnabled(long id, long version, boolean enabled, RasdPrincipal coordinator) {
		requireTeamMember(id, coordinator);
		return setEnabled(id, version, enabled, coordinator.username());
	}

	/** A coordinator gives a monitor of their team a new one-time password. */
	public AccountCreated resetMonitorPassword(long id, long version, RasdPrincipal coordinator) {
		requireTeamMember(id, coordinator);
		return resetPassword(id, version);
	}

	/** The monitors of a coordinator's governorates (all monitors for administrators), by name. */
	@Transactional(readOnly = true)
	public List<AccountSummary> team(RasdPrincipal coordinator) {
		return accounts.findAll().stream().map(Account::toSummary)
			.filter(a -> a.roles().equals(java.util.EnumSet.of(Role.MONITOR)))
			.filter(a -> coordinator.isAdmin() || a.governorates().stream().anyMatch(coordinator.governorateCodes()::contains))
			.sorted(java.util.Comparator.comparing(AccountSummary::displayName))
			.toList();
	}

	private void requireTeamScope(Set<String> governorates, RasdPrincipal coordinator) {
		if (governorates == null || governorates.isEmpty()) {
			throw new DomainException("identity.account.governorates-required");
		}
		if (!governorates.stream().allMatch(coordinator::manages)) {
			throw new ForbiddenException("identity.team.outside-scope");
		}
	}

	private void requireTeamMember(long id, RasdPrincipal coordinator) {
		AccountSummary member = account(id).orElseThrow(() -> new NotFoundException("identity.account.not-found"));
		boolean monitorOnly = member.roles().equals(java.util.EnumSet.of(Role.MONITOR));
		if (!monitorOnly || !(coordinator.isAdmin()
				|| member.governorates().stream().allMatch(coordinator::manages))) {
			throw new ForbiddenException("identity.team.outside-scope");
		}
	}

	/** The person agrees to the current version of the monitors' terms; recorded with its time and in the audit log. */
	public void consent(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("identity.account.not-found"));
		account.consent(CONSENT_VERSION, clock.instant());
		audit.record("account.consented", "account", account.getId(), null, "terms=" + CONSENT_VERSION);
	}

	/** Records a successful sign-in. */
	public void signedIn(String username) {
		accounts.findByUsername(username).ifPresent(a -> {
			a.signedIn(clock.instant());
			audit.record("account.signed-in", "account", a.getId(), null, null);
		});
	}

	/** One page of accounts, by username. */
	@Transactional(readOnly = true)
	public PageResult<AccountSummary> accounts(int page, int size) {
		var result = accounts.findAll(PageRequest.of(Math.max(page, 0), size, Sort.by("username")));
		return PageResult.of(result, Account::toSummary);
	}

	/** The orders of the account list: by user name (default), either way. */
	public static final ps.rasd.shared.SortOptions ACCOUNT_SORTS = ps.rasd.shared.SortOptions.of("username",
			"-username");

	/**
	 * One page of accounts with keyset paging: up to {@link ps.rasd.shared.CursorRequest#fetchSize()} accounts after
	 * the cursor by user name, then id; only enabled or only disabled ones when {@code enabled} is given.
	 */
	@Transactional(readOnly = true)
	public List<AccountSummary> accounts(Boolean enabled, ps.rasd.shared.CursorRequest page) {
		org.springframework.data.jpa.domain.Specification<Account> spec = (root, q, cb) -> enabled == null
				? cb.conjunction() : cb.equal(root.get("enabled"), enabled);
		if (!page.first()) {
			spec = spec.and((root, q, cb) -> ps.rasd.shared.Keyset.after(cb, root.<String>get("username"),
					root.<Long>get("id"), page.afterKey(), page.afterId(), page.descending()));
		}
		Sort sort = Sort.by(page.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, "username", "id");
		return accounts.findBy(spec, q -> q.sortBy(sort).limit(page.fetchSize()).all())
			.stream()
			.map(Account::toSummary)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> account(long id) {
		return accounts.findById(id).map(Account::toSummary);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> account(String username) {
		return accounts.findByUsername(normalizeUsername(username)).map(Account::toSummary);
	}

	/** Enabled accounts with the role that work in any of the governorates, by display name. */
	@Transactional(readOnly = true)
	public java.util.List<AccountSummary> withRoleIn(Role role, java.util.Collection<String> governorates) {
		return accounts.findAll().stream().map(Account::toSummary)
			.filter(a -> a.enabled() && a.roles().contains(role)
					&& a.governorates().stream().anyMatch(governorates::contains))
			.sorted(java.util.Comparator.comparing(AccountSummary::displayName))
			.toList();
	}

	/** The display name of each existing account among the ids (an erased one reads "—"). */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		if (!wanted.isEmpty()) {
			accounts.findAllById(wanted).forEach(a -> names.put(a.getId(), a.toSummary().displayName()));
		}
		return names;
	}

	/** How many accounts exist. */
	@Transactional(readOnly = true)
	public long count() {
		return accounts.count();
	}

	private Account load(long id, long version) {
		Account account = accounts.findById(id)
			.orElseThrow(() -> new NotFoundException("identity.account.not-found"));
		if (account.getVersion() != version) {
			throw new ConflictException("identity.account.stale");
		}
		return account;
	}

	private void checkGovernorates(AccountDetails details) {
		if (details.governorates() != null && !geography.allExist(details.governorates())) {
			throw new DomainException("identity.account.governorate-unknown");
		}
	}

	static String normalizeUsername(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
