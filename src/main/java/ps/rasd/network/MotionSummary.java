package ps.rasd.network;

/**
 * A motion put to the vote and its result.
 *
 * @param id the motion
 * @param text what was moved
 * @param votesFor for
 * @param against against
 * @param abstain abstentions
 * @param carried whether it was carried (more for than against)
 */
public record MotionSummary(long id, String text, int votesFor, int against, int abstain, boolean carried) {
}
