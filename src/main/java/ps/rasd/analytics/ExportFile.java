package ps.rasd.analytics;

import org.springframework.core.io.Resource;

/**
 * A finished export's file, for its owner to download.
 *
 * @param resource its bytes (in the data folder or the bucket)
 * @param filename the name to save it under
 * @param mediaType its media type
 * @param size its size in bytes
 */
public record ExportFile(Resource resource, String filename, String mediaType, long size) {
}
