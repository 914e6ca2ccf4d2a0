package ps.rasd.shared.sql;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import ps.rasd.shared.spi.ExportQuery;

/** Days of exports and their filters, in Palestine's time zone. */
public final class ExportDays {

	/** The zone every exported day is read in. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Hebron");

	private ExportDays() {
	}

	/** The day of an instant, or {@code null}. */
	public static LocalDate day(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(ZONE).toLocalDate();
	}

	/** The first instant of the day, as a query parameter. */
	public static OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** The first instant after the day, as a query parameter. */
	public static OffsetDateTime end(LocalDate day) {
		return start(day.plusDays(1));
	}

	/** Today in Palestine. */
	public static LocalDate today(Clock clock) {
		return clock.instant().atZone(ZONE).toLocalDate();
	}

	/** Adds the reported-date filters of the query on a timestamp column. */
	public static SqlConditions between(SqlConditions where, String column, ExportQuery query) {
		if (query.from() != null) {
			where.and(column + " >= ?", start(query.from()));
		}
		if (query.to() != null) {
			where.and(column + " < ?", end(query.to()));
		}
		return where;
	}
}
