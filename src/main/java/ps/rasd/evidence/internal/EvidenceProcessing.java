package ps.rasd.evidence.internal;

import ps.rasd.evidence.EvidenceProperties;
import ps.rasd.shared.DomainException;

/** What is done to received bytes before they are kept. */
public final class EvidenceProcessing {

	private EvidenceProcessing() {
	}

	/**
	 * The bytes to keep.
	 *
	 * @param bytes what is kept
	 * @param thumbnail a small JPEG for pages, {@code null} for files that are not images
	 * @param width image width or {@code null}
	 * @param height image height or {@code null}
	 * @param removed whether metadata was removed
	 */
	public record Processed(byte[] bytes, byte[] thumbnail, Integer width, Integer height, boolean removed) {
	}

	/** Images: size checked from the header, metadata removed and checked gone, thumbnail made. Others as they are. */
	public static Processed process(String mediaType, byte[] received, EvidenceProperties properties) {
		if (!mediaType.startsWith("image/")) {
			return new Processed(received, null, null, null, false);
		}
		boolean webp = mediaType.equals("image/webp");
		int[] size = webp ? WebP.dimensions(received) : ImageFacts.dimensions(received);
		if ((long) size[0] * size[1] > properties.maxPixels()) {
			throw new DomainException("evidence.too-many-pixels", size[0] + "×" + size[1]);
		}
		if (size[0] <= 0 || size[1] <= 0) {
			throw new DomainException("evidence.damaged");
		}
		byte[] stripped;
		try {
			stripped = MetadataStripper.strip(mediaType, received);
		}
		catch (IndexOutOfBoundsException | NegativeArraySizeException ex) {
			throw new DomainException("evidence.damaged");
		}
		if (MetadataCheck.revealing(stripped)) {
			throw new DomainException("evidence.metadata-left");
		}
		// no WebP decoder ships with Java: WebP files are kept without a thumbnail
		byte[] thumbnail = webp ? null : ImageFacts.thumbnail(stripped, size[0], size[1], properties.thumbnailSize());
		return new Processed(stripped, thumbnail, size[0], size[1], stripped.length != received.length);
	}
}
