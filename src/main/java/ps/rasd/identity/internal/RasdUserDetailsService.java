package ps.rasd.identity.internal;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.domain.AccountRepository;

/** Loads accounts for Spring Security; usernames are matched case-insensitively. */
@Service
class RasdUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	RasdUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return accounts.findByUsername(name)
			.map(a -> new RasdUser(a.toSummary(), a.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}
}
