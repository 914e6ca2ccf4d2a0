package ps.rasd.shared.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import ps.rasd.support.HostileFiles;

class SafeArchiveTests {

	private static final byte[] SHEET = HostileFiles.spreadsheet(List.of("الجنس", "age"),
			List.of("أنثى & ذكر <غير ذلك>", "23"));

	@TempDir
	Path dir;

	private final ArchiveLimits limits = ArchiveLimits.defaults();

	@Test
	void letsARealSpreadsheetWithArabicAndEscapedCharactersThrough() throws IOException {
		assertThatCode(() -> SafeArchive.inspectSpreadsheet(file(SHEET), "ok.xlsx", limits)).doesNotThrowAnyException();
	}

	@Test
	void refusesAZipBombByItsRatioBeforeUnpackingItAll() throws IOException {
		ArchiveRefused refused = refusal(file(HostileFiles.zipBomb(50L * 1024 * 1024)), false);
		assertThat(refused.code()).isEqualTo("archive.ratio");
		assertThat(refused.status()).isEqualTo(413);
	}

	@Test
	void refusesAnEntryThatDeclaresMoreThanTheLimitWithoutUnpackingIt() throws IOException {
		ArchiveRefused refused = refusal(file(HostileFiles.zipBomb(300L * 1024 * 1024)), false);
		assertThat(refused.code()).isEqualTo("archive.too-large");
		assertThat(refused.status()).isEqualTo(413);
	}

	@Test
	void refusesTheSpreadsheetWhoseOneCellUnpacksToHundredsOfMegabytes() throws IOException {
		ArchiveRefused refused = refusal(file(HostileFiles.spreadsheetBomb(SHEET, 300L * 1024 * 1024)), true);
		assertThat(refused.status()).isEqualTo(413);
	}

	@Test
	void refusesAnEntryAboveTheSizeLimitEvenAtAnOrdinaryRatio() throws IOException {
		ArchiveLimits small = limits.withSizes(DataSize.ofKilobytes(64), DataSize.ofMegabytes(1))
			.withShape(100_000, 10, false);
		Path zip = file(HostileFiles.zipBomb(100 * 1024));
		ArchiveRefused refused = catchThrowableOfType(ArchiveRefused.class,
				() -> SafeArchive.inspect(zip, "a.zip", small));
		assertThat(refused.code()).isEqualTo("archive.too-large");
	}

	@Test
	void refusesArchivesThatTogetherUnpackAboveTheTotal() throws IOException {
		Map<String, HostileFiles.Content> parts = new LinkedHashMap<>();
		for (int i = 0; i < 5; i++) {
			parts.put("part" + i, out -> out.write(new byte[300 * 1024]));
		}
		ArchiveLimits small = limits.withSizes(DataSize.ofMegabytes(1), DataSize.ofMegabytes(1))
			.withShape(100_000, 10, false);
		Path zip = file(HostileFiles.zip(parts));
		assertThat(catchThrowableOfType(ArchiveRefused.class, () -> SafeArchive.inspect(zip, "a.zip", small)).code())
			.isEqualTo("archive.too-large");
	}

	@Test
	void refusesTooManyEntries() throws IOException {
		Map<String, HostileFiles.Content> parts = new LinkedHashMap<>();
		for (int i = 0; i < 1001; i++) {
			parts.put("part" + i, HostileFiles.text("x"));
		}
		assertThat(refusal(file(HostileFiles.zip(parts)), false).code()).isEqualTo("archive.too-many-entries");
	}

	@Test
	void refusesExternalEntitiesAndEntityExpansionInASpreadsheet() throws IOException {
		assertThat(refusal(file(HostileFiles.spreadsheetWithExternalEntity(SHEET)), true).code())
			.isEqualTo("archive.xml-doctype");
		assertThat(refusal(file(HostileFiles.spreadsheetWithBillionLaughs(SHEET)), true).code())
			.isEqualTo("archive.xml-doctype");
	}

	@Test
	void refusesACellLongerThanExcelAllowsEvenWhenSplitIntoRuns() throws IOException {
		String runs = "<r><t>" + "ب".repeat(30_000) + "</t></r>";
		byte[] split = HostileFiles.spreadsheetWith(SHEET, Map.of("xl/sharedStrings.xml", HostileFiles.text(
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si>" + runs.repeat(3)
						+ "</si></sst>")));
		ArchiveRefused refused = refusal(file(split), true);
		assertThat(refused.code()).isEqualTo("archive.cell-too-long");
		byte[] one = HostileFiles.spreadsheetWith(SHEET, Map.of("xl/sharedStrings.xml", HostileFiles.text(
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" + "x".repeat(40_000)
						+ "</t></si></sst>")));
		assertThat(refusal(file(one), true).code()).isEqualTo("archive.cell-too-long");
	}

	@Test
	void refusesACellOutsideASpreadsheetsBounds() throws IOException {
		byte[] far = HostileFiles.spreadsheetWith(SHEET, Map.of("xl/worksheets/sheet1.xml", HostileFiles.text(
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
						+ "<c r=\"ZZZZZZ1\"><v>1</v></c></row></sheetData></worksheet>")));
		assertThat(refusal(file(far), true).code()).isEqualTo("archive.cell-out-of-bounds");
	}

	@Test
	void refusesANestedArchiveInAnUploadButNotInABackup() throws IOException {
		Path nested = file(HostileFiles.spreadsheetWithNestedArchive(SHEET));
		assertThat(refusal(nested, true).code()).isEqualTo("archive.nested");
		assertThatCode(() -> SafeArchive.inspect(nested, "backup.zip", limits.withShape(100, 1000, true)))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesTruncatedFilesAndFilesThatAreNotArchives() throws IOException {
		assertThat(refusal(file(HostileFiles.truncated(SHEET)), true).code()).isEqualTo("archive.damaged");
		assertThat(refusal(file(HostileFiles.pngHeader()), true).code()).isEqualTo("archive.damaged");
		assertThat(refusal(file(new byte[0]), false).code()).isEqualTo("archive.damaged");
		assertThat(refusal(file(HostileFiles.zip(Map.of())), false).code()).isEqualTo("archive.damaged");
	}

	@Test
	void aLimitedStreamStopsAGzipBombAtTheLimit() throws IOException {
		byte[] bomb = HostileFiles.gzipBomb(50L * 1024 * 1024);
		try (InputStream in = new LimitedInputStream(new GZIPInputStream(new ByteArrayInputStream(bomb)),
				1024 * 1024, "archive.too-large", "bomb.gz", 1)) {
			ArchiveRefused refused = catchThrowableOfType(ArchiveRefused.class,
					() -> in.transferTo(OutputStream.nullOutputStream()));
			assertThat(refused.tooLarge()).isTrue();
			assertThat(((LimitedInputStream) in).count()).isLessThanOrEqualTo(1024 * 1024 + 64 * 1024);
		}
	}

	private ArchiveRefused refusal(Path file, boolean spreadsheet) {
		return catchThrowableOfType(ArchiveRefused.class, () -> {
			if (spreadsheet) {
				SafeArchive.inspectSpreadsheet(file, "upload.xlsx", limits);
			}
			else {
				SafeArchive.inspect(file, "upload.zip", limits);
			}
		});
	}

	private Path file(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(dir, "upload", ".bin");
		Files.write(file, bytes);
		return file;
	}
}
