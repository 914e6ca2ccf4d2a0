package ps.rasd.network;

/**
 * A member's work as the other modules know it, through their linked account.
 *
 * @param visits monitoring visits made
 * @param cases cases filed
 * @param meetings meetings of the network attended
 */
public record PersonWork(long visits, long cases, long meetings) {

	/** No work (no linked account). */
	public static final PersonWork NONE = new PersonWork(0, 0, 0);
}
