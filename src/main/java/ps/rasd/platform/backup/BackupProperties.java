package ps.rasd.platform.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import ps.rasd.shared.archive.ArchiveLimits;

/**
 * Limits of a backup archive, checked entry by entry before a restore reads it, so that a damaged or forged archive
 * fills neither the disk nor the memory: the unpacked size of one entry and of all, the unpacked-to-packed ratio
 * (table rows compress about 10 to 30 to 1; a zip entry of zeros about 1,000 to 1), the entries, and the longest row.
 *
 * @param maxEntrySize the most one entry may unpack to
 * @param maxTotalSize the most the whole archive may unpack to
 * @param maxRatio the most an entry may unpack per byte it takes in the archive
 * @param maxEntries the most entries (tables and files)
 * @param maxRowSize the longest line (one table row) of a table's part
 */
@ConfigurationProperties("rasd.backup")
public record BackupProperties(@DefaultValue("16GB") DataSize maxEntrySize,
		@DefaultValue("100GB") DataSize maxTotalSize, @DefaultValue("200") int maxRatio,
		@DefaultValue("1000000") int maxEntries, @DefaultValue("64MB") DataSize maxRowSize) {

	/** The limits as the safe-archive gate takes them; evidence files may themselves be archives. */
	ArchiveLimits archiveLimits() {
		return new ArchiveLimits(maxEntrySize, maxTotalSize, maxRatio, DataSize.ofMegabytes(1), maxEntries, 32767,
				true);
	}
}
