package ps.rasd.shared.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How far an uploaded archive (XLSX, ZIP) may unpack before it is refused, checked by {@link SafeArchive} before any
 * reader parses it. A zip entry of zeros compresses about 1,000 to 1; spreadsheets and text about 5 to 30 to 1.
 *
 * @param maxEntrySize the most one entry may unpack to
 * @param maxTotalSize the most all entries together may unpack to
 * @param maxRatio the most an entry may unpack per byte it takes in the archive (entries under
 *        {@code ratioFreeSize} are not held to it)
 * @param ratioFreeSize entries that unpack to less than this are never refused for their ratio
 * @param maxEntries the most entries an archive may hold
 * @param maxCellLength the longest text a spreadsheet cell may hold (Excel's own limit is 32,767 characters)
 * @param nestedArchives whether an entry may itself be an archive (refused in uploads; a backup's evidence may be one)
 */
@ConfigurationProperties("rasd.archive")
public record ArchiveLimits(@DefaultValue("100MB") DataSize maxEntrySize, @DefaultValue("200MB") DataSize maxTotalSize,
		@DefaultValue("100") int maxRatio, @DefaultValue("1MB") DataSize ratioFreeSize,
		@DefaultValue("1000") int maxEntries, @DefaultValue("32767") int maxCellLength,
		@DefaultValue("false") boolean nestedArchives) {

	/** The limits of uploads when no settings are given. */
	public static ArchiveLimits defaults() {
		return new ArchiveLimits(DataSize.ofMegabytes(100), DataSize.ofMegabytes(200), 100, DataSize.ofMegabytes(1),
				1000, 32767, false);
	}

	/** These limits with other sizes. */
	public ArchiveLimits withSizes(DataSize entry, DataSize total) {
		return new ArchiveLimits(entry, total, maxRatio, ratioFreeSize, maxEntries, maxCellLength, nestedArchives);
	}

	/** These limits with another ratio and entry count, nested archives allowed or not. */
	public ArchiveLimits withShape(int ratio, int entries, boolean nested) {
		return new ArchiveLimits(maxEntrySize, maxTotalSize, ratio, ratioFreeSize, entries, maxCellLength, nested);
	}
}
