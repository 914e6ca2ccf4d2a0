package ps.rasd.analytics;

import java.time.Instant;

/**
 * A report being written or ready for download.
 *
 * @param id its number
 * @param request what was asked for
 * @param requestedBy the account that asked
 * @param createdAt when
 * @param status where it stands (the export statuses)
 * @param percent progress, 0 to 100
 * @param size bytes of the finished file, 0 before
 * @param errorCode why it failed (a message code), {@code null} otherwise
 * @param finishedAt when it was done or failed, {@code null} before
 */
public record ReportJobView(long id, ReportRequest request, long requestedBy, Instant createdAt, ExportStatus status,
		int percent, long size, String errorCode, Instant finishedAt) {
}
