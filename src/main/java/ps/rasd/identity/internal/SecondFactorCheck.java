package ps.rasd.identity.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import ps.rasd.identity.TwoFactorManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SecondFactor;

/** The platform's sign-in asks the identity module about second factors here. */
@Component
class SecondFactorCheck implements SecondFactor {

	private final TwoFactorManagement twoFactor;

	SecondFactorCheck(TwoFactorManagement twoFactor) {
		this.twoFactor = twoFactor;
	}

	@Override
	public boolean enrolled(long accountId) {
		return twoFactor.enrolled(accountId);
	}

	@Override
	public boolean mustEnrol(RasdPrincipal principal) {
		return twoFactor.requiredFor(principal.roleNames()) && !twoFactor.enrolled(principal.accountId());
	}

	@Override
	public boolean verify(long accountId, String code) {
		try {
			return twoFactor.verify(accountId, code);
		}
		catch (OptimisticLockingFailureException ex) {
			return false; // the same code given twice at the same moment: one of them wins
		}
	}
}
