package ps.rasd.activities;

/**
 * The answer to a registration form.
 *
 * @param registration the registration (new, or the one this person already had)
 * @param fresh whether it was made now; a repeated registration gives back the first and mails it again
 */
public record Registered(RegistrationSummary registration, boolean fresh) {
}
