/**
 * Evidence files: the type taken from the bytes, an allow-list, size and pixel limits, every image's metadata (EXIF,
 * GPS, XMP, IPTC, comments) removed on upload and checked gone, thumbnails, hashes of what was received and what is
 * kept, content-addressed storage, and a chain of custody per file.
 */
@ApplicationModule(displayName = "Evidence", allowedDependencies = { "shared", "shared::spi", "shared::sql" })
package ps.rasd.evidence;

import org.springframework.modulith.ApplicationModule;
