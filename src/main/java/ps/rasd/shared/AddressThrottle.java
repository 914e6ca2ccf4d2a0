package ps.rasd.shared;

/**
 * Attempts from one address counted against a limit (public complaints, initial reports of violations); made by
 * {@link AddressThrottles}, which keeps the counts where every node sees them.
 */
@FunctionalInterface
public interface AddressThrottle {

	/** Counts an attempt from the address; false when it is one too many. */
	boolean allow(String address);
}
