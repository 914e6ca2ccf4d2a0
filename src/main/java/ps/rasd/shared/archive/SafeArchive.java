package ps.rasd.shared.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The one gate every zip-based upload passes before a reader opens it (XLSX, ZIP, a backup): every entry is unpacked
 * once, counted, and thrown away. Refused, with {@link ArchiveRefused}, are an archive that is not one or is damaged,
 * has too many or repeated entries, an entry whose declared or actual unpacked size, or whose unpacked-to-packed
 * ratio, is above the limits, all entries together above the total, an entry that is itself an archive, and, in a
 * spreadsheet, any XML part that {@link SafeXml} refuses. The archive is read with the zip reader the XLSX reader
 * uses, so what is counted is what will be parsed.
 */
public final class SafeArchive {

	private static final int BUFFER = 64 * 1024;

	private SafeArchive() {
	}

	/** Checks a zip archive; {@code name} is the file's name for the message. */
	public static void inspect(Path file, String name, ArchiveLimits limits) {
		inspect(file, name, limits, false);
	}

	/** Checks an XLSX (or any OOXML) file: the archive, then every XML part. */
	public static void inspectSpreadsheet(Path file, String name, ArchiveLimits limits) {
		inspect(file, name, limits, true);
	}

	private static void inspect(Path file, String name, ArchiveLimits limits, boolean spreadsheet) {
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			long fileSize = Files.size(file);
			long[] total = { 0 };
			int entries = 0;
			Set<String> names = new HashSet<>();
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (++entries > limits.maxEntries()) {
					throw new ArchiveRefused(true, "archive.too-many-entries", name, limits.maxEntries());
				}
				if (!names.add(entry.getName())) {
					throw new ArchiveRefused(false, "archive.damaged", name);
				}
				if (!entry.isDirectory()) {
					entry(zip, entry, name, limits, spreadsheet, Math.min(entry.getCompressedSize(), fileSize), total);
				}
			}
			if (entries == 0) {
				throw new ArchiveRefused(false, "archive.damaged", name);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw refusal(ex, name);
		}
	}

	private static void entry(ZipFile zip, ZipArchiveEntry entry, String name, ArchiveLimits limits,
			boolean spreadsheet, long packed, long[] total) throws IOException {
		long maxEntry = limits.maxEntrySize().toBytes();
		if (entry.getSize() > maxEntry || total[0] + Math.max(0, entry.getSize()) > limits.maxTotalSize().toBytes()) {
			throw tooLarge(name, limits);
		}
		if (!zip.canReadEntryData(entry)) {
			throw new ArchiveRefused(false, "archive.damaged", name);
		}
		long ratioCap = Math.max(limits.ratioFreeSize().toBytes(), Math.max(1, packed) * limits.maxRatio());
		long cap = Math.min(Math.min(maxEntry, ratioCap), limits.maxTotalSize().toBytes() - total[0]);
		String code = cap == ratioCap && ratioCap < maxEntry ? "archive.ratio" : "archive.too-large";
		Object[] arguments = code.equals("archive.ratio") ? new Object[] { name, limits.maxRatio() }
				: new Object[] { name, limits.maxTotalSize().toMegabytes() };
		try (LimitedInputStream in = new LimitedInputStream(zip.getInputStream(entry), cap, code, arguments)) {
			byte[] head = in.readNBytes(4);
			if (!limits.nestedArchives() && isArchive(head)) {
				throw new ArchiveRefused(false, "archive.nested", name, entry.getName());
			}
			InputStream rest = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
			String part = entry.getName().toLowerCase(Locale.ROOT);
			if (spreadsheet && (part.endsWith(".xml") || part.endsWith(".rels"))) {
				SafeXml.check(rest, name, limits.maxCellLength(), part.startsWith("xl/worksheets/"));
			}
			rest.transferTo(OutputStream.nullOutputStream());
			total[0] += in.count();
		}
	}

	/** Zip (also an empty one), gzip, 7z, rar, bzip2 and xz by their first bytes. */
	static boolean isArchive(byte[] head) {
		if (head.length < 3) {
			return false;
		}
		int a = head[0] & 0xff;
		int b = head[1] & 0xff;
		int c = head[2] & 0xff;
		return (a == 'P' && b == 'K' && (c == 3 || c == 5 || c == 7)) || (a == 0x1f && b == 0x8b)
				|| (a == '7' && b == 'z' && c == 0xbc) || (a == 'R' && b == 'a' && c == 'r')
				|| (a == 'B' && b == 'Z' && c == 'h') || (a == 0xfd && b == '7' && c == 'z');
	}

	private static ArchiveRefused tooLarge(String name, ArchiveLimits limits) {
		return new ArchiveRefused(true, "archive.too-large", name, limits.maxTotalSize().toMegabytes());
	}

	private static ArchiveRefused refusal(Exception ex, String name) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ArchiveRefused refused) {
				return refused;
			}
		}
		return new ArchiveRefused(false, "archive.damaged", name);
	}
}
