package ps.rasd.shared.spi;

import ps.rasd.shared.RasdPrincipal;

/**
 * Two-factor sign-in, as the platform's sign-in sees it: after the password, an enrolled person gives a code from
 * their authenticator app (or a recovery code); a person whose roles require it and who has not enrolled is led to
 * enrol before anything else. Implemented by the identity module.
 */
public interface SecondFactor {

	/** Where a person enrols, and the only page (with sign-out) open to one who must. */
	String ENROLMENT_PAGE = "/account/two-factor";

	/** Session attribute set at sign-in while the person must enrol; removed once they have. */
	String ENROLMENT_REQUIRED = SecondFactor.class.getName() + ".enrolment-required";

	/** Whether the account gives a code after its password. */
	boolean enrolled(long accountId);

	/** Whether the person must enrol before going on: their roles require it here and they have not. */
	boolean mustEnrol(RasdPrincipal principal);

	/**
	 * Checks a code from the authenticator (each accepted once) or an unused recovery code (then used up).
	 * @return whether it is accepted
	 */
	boolean verify(long accountId, String code);
}
