package ps.rasd.shared;

/**
 * Makes the per-address throttles of public forms. The counts are token buckets kept in the database when it is
 * PostgreSQL, so a limit holds across several nodes and across a restart; in this node's memory on the embedded
 * database (one node).
 */
public interface AddressThrottles {

	/**
	 * A throttle of at most {@code limit} attempts at once from one address, given back evenly over an hour (one every
	 * {@code 60 / limit} minutes). Its counts are kept under {@code name}: two throttles of one name share them.
	 */
	AddressThrottle perHour(String name, int limit);
}
