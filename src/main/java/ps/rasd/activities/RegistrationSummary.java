package ps.rasd.activities;

/**
 * A registration as its own person sees it through the personal link, or as staff see it.
 *
 * @param id the registration
 * @param activityId the activity
 * @param name the name given
 * @param status seat, waiting list or cancelled
 * @param code the short code shown under the QR code and typed at the door
 * @param token the secret of the personal link
 * @param walkIn whether they were added at the door
 * @param sessionsAttended how many sessions they were checked in to
 * @param certificateCode the verification code of their certificate, or {@code null}
 */
public record RegistrationSummary(long id, long activityId, String name, RegistrationStatus status, String code,
		String token, boolean walkIn, int sessionsAttended, String certificateCode) {
}
