package ps.rasd.audit;

/**
 * The result of checking the chain.
 *
 * @param entries how many entries were checked
 * @param firstBroken the id of the first entry whose hash or link does not match, {@code null} when intact
 */
public record ChainCheck(long entries, Long firstBroken) {

	public boolean intact() {
		return firstBroken == null;
	}
}
