package ps.rasd.identity;

/**
 * An account was created, or its password reset, with a one-time password shown once to whoever made it.
 *
 * @param account the account
 * @param oneTimePassword the password, to hand over; it must be changed at first sign-in
 */
public record AccountCreated(AccountSummary account, String oneTimePassword) {

	@Override
	public String toString() {
		return "AccountCreated[" + account.username() + "]";
	}
}
