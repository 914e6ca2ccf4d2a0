package ps.rasd.shared.spi;

import java.time.YearMonth;
import java.util.List;

/**
 * A module's public figures for the dashboards, the home page and the map: counts of what the public may read, grouped
 * by governorate, sector, state and month, computed in SQL by the module that owns the records. Only the public tier
 * after its embargo is counted, and no personal data ever leaves the module. The reader applies the small-cell rule.
 */
public interface PublicStatistics {

	/**
	 * What a module's figures measure, so that the dashboards, the map and the home page place them without knowing
	 * the module that counts them nor its words.
	 */
	enum Measure {

		/**
		 * Reports of problems the public may read: each {@link Cell} counts reports in one {@link StateGroup};
		 * {@link PublicStatistics#median} is the days to the first answer, {@link PublicStatistics#points} where they are.
		 */
		REPORTS,

		/** Scored observations: {@link Cell#mean()} is the mean score (the service quality index), no state. */
		QUALITY_INDEX
	}

	/** Where a report stands, in the groups the public reads. */
	enum StateGroup {

		/** Still being followed. */
		OPEN,

		/** Said or found fixed. */
		FIXED,

		/** Ended without a fix. */
		CLOSED
	}

	/** What these figures measure; one module contributes each measure. */
	Measure measure();

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
	 * @param authorityId the responsible authority, where the figures have one (reports)
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
	 * @param state the group of the reports' state ({@link Measure#REPORTS}); otherwise {@code null}
	 * @param reports how many records
	 * @param mean the mean value, for figures that have one
	 */
	record Cell(String governorateCode, String sectorCode, StateGroup state, YearMonth month, long reports, Double mean) {
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
