package ps.rasd.identity.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import ps.rasd.identity.AccountSummary;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.RasdPrincipal;

/** The signed-in person, as kept in the session. */
final class RasdUser implements UserDetails, CredentialsContainer, RasdPrincipal {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Set<String> roles;

	private final Set<String> governorates;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final boolean needsConsent;

	private final Long organisationId;

	private String passwordHash;

	RasdUser(AccountSummary account, String passwordHash) {
		this(account, passwordHash, null);
	}

	/** @param organisationId the partner organisation the network module knows, used when the account names none */
	RasdUser(AccountSummary account, String passwordHash, Long organisationId) {
		this.accountId = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.roles = account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
		this.governorates = Set.copyOf(account.governorates());
		this.enabled = account.enabled();
		this.mustChangePassword = account.mustChangePassword();
		this.needsConsent = account.needsConsent();
		this.organisationId = account.organisationId() != null ? account.organisationId() : organisationId;
		this.passwordHash = passwordHash;
	}

	@Override
	public Long organisationId() {
		return organisationId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Set<String> roleNames() {
		return roles;
	}

	@Override
	public Set<String> governorateCodes() {
		return governorates;
	}

	@Override
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean needsConsent() {
		return needsConsent;
	}
}
