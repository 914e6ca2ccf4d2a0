package ps.rasd.evidence;

import java.time.Instant;

/**
 * Where a resumable upload stands.
 *
 * @param id the upload's id (named by the visit or case that takes the file)
 * @param offset the bytes received so far: the next piece starts there
 * @param length the file's whole length, declared when the upload began
 * @param expiresAt when it is given up if no piece comes
 */
public record UploadProgress(String id, long offset, long length, Instant expiresAt) {

	/** Whether every byte arrived. */
	public boolean complete() {
		return offset == length;
	}
}
