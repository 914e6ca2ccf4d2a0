package ps.rasd.evidence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploaded files.
 *
 * @param maxFileSize the largest file accepted
 * @param maxPixels the most pixels an image may have (decompression bombs)
 * @param thumbnailSize the longest side of a thumbnail in pixels
 * @param maxMediaSize the largest video, audio or PDF file of a publication taken by {@code EvidenceManagement.uploadMedia}
 *        (received to disk, never into memory)
 * @param uploadExpiry how long a resumable upload of the field app waits for its next piece before it is given up
 */
@ConfigurationProperties("rasd.evidence")
public record EvidenceProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("40000000") long maxPixels,
		@DefaultValue("320") int thumbnailSize, @DefaultValue("500MB") DataSize maxMediaSize,
		@DefaultValue("P1D") Duration uploadExpiry) {
}
