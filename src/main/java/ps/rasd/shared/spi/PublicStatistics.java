package ps.rasd.shared.spi;

import java.time.YearMonth;
import java.util.List;

/**
 * A module's public figures for the dashboards, the home page and the map: counts of what the public may read, grouped
 * by governorate, sector, state and month, computed in SQL by the module that owns the records. Only the public tier
 * after its embargo is counted, and no personal data ever leaves the module. The reader applies the small-cell rule.
 */
public interface PublicStatistics {

	/** Published cases: {@link Cell#state()} is the state group, {@link Cell#mean()} is empty. */
	String CASES = "cases";

	/** Public monitoring visits: {@link Cell#mean()} is the mean overall score (the service quality index). */
	String QUALITY = "quality";

	/** Which figures these are, e.g. {@link #CASES}. */
	String name();

	/** The counts matching the filter, one cell per governorate, sector, state and month that holds any. */
	List<Cell> cells(Filter filter);

	/** The median of a duration in days over the matching records with its number of records, if it applies. */
	default Figure median(Filter filter) {
		return new Figure(0, null);
	}

	/**
	 * Where the matching records are, gathered into square cells of the given size in degrees: one point per cell at
	 * its centre, never a record's own position.
	 */
	default List<Point> points(Filter filter, double cellDegrees) {
		return List.of();
	}

	/**
	 * What to count; every part may be {@code null} (no limit).
	 *
	 * @param authorityId the responsible authority, where the figures have one (cases)
	 * @param from the first month counted
	 * @param to the last month counted
	 */
	record Filter(String governorateCode, String sectorCode, Long authorityId, YearMonth from, YearMonth to) {

		/** No limits. */
		public static Filter all() {
			return new Filter(null, null, null, null, null);
		}
	}

	/**
	 * One group of records.
	 *
	 * @param state for cases OPEN, RESOLVED or CLOSED; otherwise {@code null}
	 * @param reports how many records
	 * @param mean the mean value, for figures that have one
	 */
	record Cell(String governorateCode, String sectorCode, String state, YearMonth month, long reports, Double mean) {
	}

	/**
	 * A cell of a grid and how many records it holds.
	 *
	 * @param latitude the centre of the cell
	 * @param longitude the centre of the cell
	 */
	record Point(double latitude, double longitude, long reports) {
	}

	/**
	 * A single figure.
	 *
	 * @param reports how many records it rests on
	 * @param value the figure, or {@code null} when there are none
	 */
	record Figure(long reports, Double value) {
	}
}
