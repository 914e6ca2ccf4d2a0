package ps.rasd.evidence;

import java.time.Instant;

/**
 * A kept file.
 *
 * @param id the id answers and pages refer to
 * @param mediaType the type found in its bytes
 * @param size bytes kept
 * @param width image width in pixels, {@code null} for other files
 * @param height image height in pixels, {@code null} for other files
 * @param sha256Received the SHA-256 of the bytes as received
 * @param sha256Stored the SHA-256 of the bytes kept (after metadata removal)
 * @param hasThumbnail whether a thumbnail exists
 * @param sealed whether the untouched original is kept, encrypted
 * @param subjectType the kind of record it belongs to
 * @param subjectId the record
 * @param governorateCode the record's governorate
 * @param uploadedAt when it arrived
 */
public record EvidenceSummary(long id, String mediaType, long size, Integer width, Integer height,
		String sha256Received, String sha256Stored, boolean hasThumbnail, boolean sealed, String subjectType,
		String subjectId, String governorateCode, Instant uploadedAt) {

	public boolean image() {
		return mediaType.startsWith("image/");
	}
}
