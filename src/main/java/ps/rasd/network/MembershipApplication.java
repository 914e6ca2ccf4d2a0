package ps.rasd.network;

/**
 * The public membership application (no account).
 *
 * @param person who applies (name, governorate, contacts)
 * @param body the forum or the youth branch of their governorate
 * @param motivation why they want to join, may be blank
 * @param consented that they agreed to the consent text shown (required)
 * @param publish that they agree to have their name published should they hold a public position
 */
public record MembershipApplication(PersonDetails person, MembershipBody body, String motivation, boolean consented,
		boolean publish) {
}
