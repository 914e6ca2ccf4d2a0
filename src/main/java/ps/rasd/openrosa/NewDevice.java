package ps.rasd.openrosa;

/**
 * A device just made: its token is in here and nowhere else.
 *
 * @param device the device
 * @param token the secret that goes into the server address ({@code /openrosa/<token>})
 */
public record NewDevice(DeviceSummary device, String token) {
}
