package ps.rasd.analytics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An export job as its owner sees it.
 *
 * @param id the id
 * @param source the source's name
 * @param format the format
 * @param status where it stands
 * @param rowsWritten rows written so far
 * @param totalEstimate rows expected (counted when it started), {@code null} while queued
 * @param governorateCode the governorate filter, or {@code null}
 * @param sectorCode the sector filter, or {@code null}
 * @param from the first day, or {@code null}
 * @param to the last day, or {@code null}
 * @param hxl whether the HXL row was asked for
 * @param createdAt when it was asked for
 * @param finishedAt when it finished, or {@code null}
 * @param expiresAt when its file is deleted, or {@code null}
 * @param errorCode the message code of a failure, or {@code null}
 * @param fileSize the file's size in bytes once done, or {@code null}
 */
public record ExportJobView(long id, String source, ExportFormat format, ExportStatus status, long rowsWritten,
		Long totalEstimate, String governorateCode, String sectorCode, LocalDate from, LocalDate to, boolean hxl,
		Instant createdAt, Instant finishedAt, Instant expiresAt, String errorCode, Long fileSize) {

	/** How far it got, 0 to 100; {@code null} while the total is unknown. */
	public Integer percent() {
		if (status == ExportStatus.DONE) {
			return 100;
		}
		if (totalEstimate == null) {
			return null;
		}
		return totalEstimate == 0 ? 0 : (int) Math.min(100, rowsWritten * 100 / totalEstimate);
	}

	/** Whether the file can be downloaded. */
	public boolean downloadable() {
		return status == ExportStatus.DONE;
	}
}
