package ps.rasd.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.EmailAddress;

/**
 * A person who signs in. Guards its own rules: at least one role, governorates for roles that need them, and a
 * one-time password that must be changed before anything else.
 */
@Entity
@Table(name = "identity_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private boolean mustChangePassword;

	private boolean enabled;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant passwordChangedAt;

	private Instant lastSignInAt;

	private Instant consentAt;

	private String consentVersion;

	private Long organisationId;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_account_governorate", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "governorate_code")
	private Set<String> governorates = new TreeSet<>();

	protected Account() {
	}

	/** A new, enabled account whose password is the hash of a one-time password (or not, for demo accounts). */
	public Account(String username, AccountDetails details, String passwordHash, boolean oneTimePassword,
			Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.mustChangePassword = oneTimePassword;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
		apply(details, now);
	}

	/** Sets the name, e-mail, roles and governorates, checking that roles and scopes fit together. */
	public void apply(AccountDetails details, Instant now) {
		if (details.roles() == null || details.roles().isEmpty()) {
			throw new DomainException("identity.account.roles-required");
		}
		Set<String> scopes = details.governorates() == null ? Set.of() : details.governorates();
		if (scopes.isEmpty() && details.roles().stream().anyMatch(Role::needsGovernorates)) {
			throw new DomainException("identity.account.governorates-required");
		}
		if (!EmailAddress.isAbsentOrValid(details.email())) {
			throw new DomainException("identity.account.email-invalid");
		}
		this.displayName = details.displayName().strip();
		this.email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
		this.roles.clear();
		this.roles.addAll(details.roles());
		this.governorates.clear();
		this.governorates.addAll(scopes);
		this.organisationId = details.organisationId();
		this.updatedAt = now;
	}

	/** Replaces the password; a one-time password must be changed at the next sign-in. */
	public void setPassword(String hash, boolean oneTimePassword, Instant now) {
		this.passwordHash = hash;
		this.mustChangePassword = oneTimePassword;
		this.passwordChangedAt = now;
		this.updatedAt = now;
	}

	public void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		this.updatedAt = now;
	}

	/**
	 * Erases the person: name, e-mail and sign-in name replaced, password unusable, account disabled. The id, roles
	 * and governorates stay, so the statistics of their work stay too.
	 */
	public void erase(String unusableHash, Instant now) {
		this.username = "erased-" + id;
		this.displayName = "—";
		this.email = null;
		this.passwordHash = unusableHash;
		this.enabled = false;
		this.mustChangePassword = false;
		this.consentAt = null;
		this.consentVersion = null;
		this.lastSignInAt = null;
		this.updatedAt = now;
	}

	/** Records the monitor's agreement to the given version of the terms. */
	public void consent(String version, Instant now) {
		this.consentVersion = version;
		this.consentAt = now;
		this.updatedAt = now;
	}

	public void signedIn(Instant now) {
		this.lastSignInAt = now;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public long getVersion() {
		return version;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public AccountSummary toSummary() {
		return new AccountSummary(id == null ? 0 : id, username, displayName, email,
				roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), new TreeSet<>(governorates),
				enabled, mustChangePassword, lastSignInAt, consentVersion, version, organisationId);
	}
}
