package ps.rasd.openrosa;

/**
 * A device just made: its token is in here and nowhere else.
 *
 * @param device the device
 * @param token the secret that goes into the server address ({@code /openrosa/<token>})
 * @param password the password of the Digest sign-in (user name {@link DeviceSummary#username()}, server address
 *     {@code /openrosa})
 */
public record NewDevice(DeviceSummary device, String token, String password) {
}
