package ps.rasd.activities;

/**
 * The short public form of a registration.
 *
 * @param name the full name (required)
 * @param phone a phone number; a phone or an e-mail is required
 * @param email an e-mail address, where the confirmation goes
 * @param sex {@code F}, {@code M} or blank
 * @param ageGroup one of {@link ActivityFigures#AGE_GROUPS} or blank
 * @param governorateCode where they live (required)
 * @param university for students
 * @param consent whether they agreed to the consent text (required; {@code null} when the box was not ticked)
 */
public record RegistrationForm(String name, String phone, String email, String sex, String ageGroup,
		String governorateCode, String university, Boolean consent) {

	/** An empty form. */
	public static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, null, null, null, false);
	}

	/** Whether the consent box was ticked. */
	public boolean consented() {
		return Boolean.TRUE.equals(consent);
	}
}
