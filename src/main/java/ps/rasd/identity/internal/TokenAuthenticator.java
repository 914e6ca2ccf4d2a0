package ps.rasd.identity.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.ApiTokens;
import ps.rasd.identity.TokenScope;
import ps.rasd.identity.domain.AccountRepository;
import ps.rasd.shared.spi.BearerTokens;

/** A bearer token becomes its owner, when the token and the account are both usable. */
@Component
class TokenAuthenticator implements BearerTokens {

	private final ApiTokens tokens;

	private final AccountRepository accounts;

	TokenAuthenticator(ApiTokens tokens, AccountRepository accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public Optional<Holder> authenticate(String token) {
		return tokens.use(token)
			.flatMap(t -> accounts.findById(t.getAccountId())
				.map(a -> new RasdUser(a.toSummary(), null))
				.filter(u -> u.isEnabled() && !u.mustChangePassword())
				.map(u -> new Holder(u, u.roleNames(), t.getScope() == TokenScope.WRITE)));
	}
}
