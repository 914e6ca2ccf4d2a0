package ps.rasd.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Files an attacker or a careless user uploads, made by the test itself: compression bombs (zip and XLSX), external
 * entities and "billion laughs" in a spreadsheet's XML, nested and truncated archives, and files whose content is not
 * what their name says. Bombs are written streaming, so the test never holds what they unpack to.
 */
public final class HostileFiles {

	private HostileFiles() {
	}

	/** Writes the content of one entry. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;
	}

	/** A zip with one entry of {@code inflated} zero bytes (about 1,000 to 1). */
	public static byte[] zipBomb(long inflated) {
		return zip(Map.of("zeros.bin", out -> repeat(out, (byte) 0, inflated)));
	}

	/** A readable XLSX: a header row and one row of answers. */
	public static byte[] spreadsheet(List<String> headers, List<String> row) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("responses");
			for (int i = 0; i < headers.size(); i++) {
				sheet.value(0, i, headers.get(i));
				sheet.value(1, i, row.get(i));
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** That XLSX with parts replaced or added (e.g. {@code xl/worksheets/sheet1.xml}). */
	public static byte[] spreadsheetWith(byte[] xlsx, Map<String, Content> replaced) {
		Map<String, Content> parts = new LinkedHashMap<>();
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
			for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
				byte[] content = in.getInputStream(entry).readAllBytes();
				parts.put(entry.getName(), out -> out.write(content));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		parts.putAll(replaced);
		return zip(parts);
	}

	/** An XLSX whose one cell unpacks to {@code chars} letters (the bomb of the issue). */
	public static byte[] spreadsheetBomb(byte[] xlsx, long chars) {
		return spreadsheetWith(xlsx, Map.of("xl/worksheets/sheet1.xml", out -> {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
					+ "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
				.getBytes(StandardCharsets.UTF_8));
			repeat(out, (byte) 'A', chars);
			out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}));
	}

	/** An XLSX whose shared strings name an external entity (XXE) that reads {@code /etc/passwd}. */
	public static byte[] spreadsheetWithExternalEntity(byte[] xlsx) {
		return spreadsheetWith(xlsx, Map.of("xl/sharedStrings.xml", text("<?xml version=\"1.0\"?>"
				+ "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
				+ "<si><t>&xxe;</t></si></sst>")));
	}

	/** An XLSX whose worksheet holds the "billion laughs" entity expansion. */
	public static byte[] spreadsheetWithBillionLaughs(byte[] xlsx) {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>");
		return spreadsheetWith(xlsx, Map.of("xl/worksheets/sheet1.xml", text("<?xml version=\"1.0\"?>" + dtd
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>")));
	}

	/** An XLSX holding another zip archive as one of its parts. */
	public static byte[] spreadsheetWithNestedArchive(byte[] xlsx) {
		byte[] inner = zipBomb(1024);
		return spreadsheetWith(xlsx, Map.of("xl/embeddings/inner.zip", out -> out.write(inner)));
	}

	/** The first half of the file. */
	public static byte[] truncated(byte[] file) {
		return Arrays.copyOf(file, file.length / 2);
	}

	/** A gzip stream of {@code inflated} zero bytes. */
	public static byte[] gzipBomb(long inflated) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			repeat(out, (byte) 0, inflated);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The start of a PNG image: a file that is not the spreadsheet its name says. */
	public static byte[] pngHeader() {
		byte[] png = new byte[64];
		byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		System.arraycopy(magic, 0, png, 0, magic.length);
		return png;
	}

	/** A zip of these entries, deflated at the best compression. */
	public static byte[] zip(Map<String, Content> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Map.Entry<String, Content> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				entry.getValue().writeTo(zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Content that is this text in UTF-8. */
	public static Content text(String text) {
		return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void repeat(OutputStream out, byte value, long count) throws IOException {
		byte[] block = new byte[64 * 1024];
		Arrays.fill(block, value);
		for (long left = count; left > 0; left -= block.length) {
			out.write(block, 0, (int) Math.min(block.length, left));
		}
	}
}
