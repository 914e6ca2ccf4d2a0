package ps.rasd.analytics;

import java.nio.file.Path;

/**
 * A finished export's file, for its owner to download.
 *
 * @param path where it is
 * @param filename the name to save it under
 * @param mediaType its media type
 * @param size its size in bytes
 */
public record ExportFile(Path path, String filename, String mediaType, long size) {
}
