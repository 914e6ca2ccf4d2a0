package ps.rasd.identity.internal;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.domain.AccountRepository;
import ps.rasd.shared.spi.PartnerOrganisations;

/** Loads accounts for Spring Security; usernames are matched case-insensitively. */
@Service
class RasdUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final ObjectProvider<PartnerOrganisations> organisations;

	RasdUserDetailsService(AccountRepository accounts, ObjectProvider<PartnerOrganisations> organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return accounts.findByUsername(name)
			.map(a -> new RasdUser(a.toSummary(), a.getPasswordHash(), organisation(a.toSummary())))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	/** A partner's organisation, as the network module keeps it (none without that module). */
	private Long organisation(ps.rasd.identity.AccountSummary account) {
		if (!account.roles().contains(ps.rasd.shared.access.Role.PARTNER)) {
			return null;
		}
		PartnerOrganisations source = organisations.getIfAvailable();
		return source == null ? null : source.organisationOf(account.id());
	}
}
