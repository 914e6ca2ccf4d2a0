package ps.rasd.advocacy;

/**
 * Filters of the list of instruments; {@code null} matches all.
 *
 * @param sector a sector code
 * @param stage a stage code (where it stands now)
 * @param stance the coalition's position
 * @param kind a kind code
 */
public record InstrumentQuery(String sector, String stage, Stance stance, String kind) {

	/** No filter. */
	public static final InstrumentQuery ALL = new InstrumentQuery(null, null, null, null);
}
