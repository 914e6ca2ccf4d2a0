package ps.rasd.audit;

/**
 * The result of checking the chain.
 *
 * @param entries how many sealed entries were checked
 * @param firstBroken the id of the first entry whose hash or link does not match, {@code null} when intact
 * @param unsealed how many entries were written but not sealed into the chain yet (the sealer takes them within
 *        seconds; they are checked once sealed)
 */
public record ChainCheck(long entries, Long firstBroken, long unsealed) {

	public boolean intact() {
		return firstBroken == null;
	}
}
