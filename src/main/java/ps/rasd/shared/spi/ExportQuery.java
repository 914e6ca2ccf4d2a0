package ps.rasd.shared.spi;

import java.time.LocalDate;

import ps.rasd.shared.access.Reader;
import ps.rasd.shared.RasdPrincipal;

/**
 * Who exports and which records. Dates are days in Palestine's time zone and both ends are included; what date a
 * filter reads is the source's reported date (a case filed, a visit submitted, a facility registered).
 *
 * @param viewer the signed-in person, {@code null} for the public
 * @param governorateCode a governorate's PCBS code, or {@code null} for all
 * @param sectorCode a sector's code, or {@code null} for all
 * @param from the first day, or {@code null}
 * @param to the last day, or {@code null}
 */
public record ExportQuery(RasdPrincipal viewer, String governorateCode, String sectorCode, LocalDate from,
		LocalDate to) {

	/** Everything the public may see, unfiltered. */
	public static ExportQuery publicAll() {
		return new ExportQuery(null, null, null, null, null);
	}

	/** Whether the public exports (no one signed in, or a public download). */
	public boolean isPublic() {
		return viewer == null;
	}

	/** The viewer as the read rules see them ({@link Reader#PUBLIC} for the public). */
	public Reader reader() {
		return Reader.of(viewer);
	}

	/** Whether the viewer reads all unsealed data: administrators and analysts. */
	public boolean seesEverything() {
		return reader().readsEverything();
	}
}
