package ps.rasd.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.archive.ArchiveLimits;
import ps.rasd.shared.archive.ArchiveRefused;
import ps.rasd.shared.archive.SafeArchive;

/**
 * Form definitions as XLSForm workbooks ({@code .xlsx}), as KoboToolbox and ODK build them: a {@code survey} sheet
 * (sections as {@code begin group} / {@code end group}, one row a question), {@code choices}, {@code settings}, with
 * labels, hints and constraint messages in {@code label::Arabic (ar)} / {@code label::English (en)} columns.
 * <p>
 * Rasd's types are written as: single choice {@code select_one <question>}, multiple choice
 * {@code select_multiple <question>}, yes/no/n.a. {@code select_one rasd_yes_no_na}, rating 1–5 {@code range}
 * ({@code start=1 end=5 step=1}), long text {@code text} with appearance {@code multiline}, a file {@code image}.
 * The {@code constraint} column holds every limit as one expression (for Kobo and ODK); Rasd's own columns
 * ({@code rasd_min}, {@code rasd_max}, {@code rasd_min_length}, {@code rasd_max_length}, {@code rasd_pattern},
 * {@code rasd_constraint}) keep them apart, and scoring is in {@code rasd_indicator}, {@code rasd_points}
 * ({@code yes=100 no=0}) and {@code rasd_bands} ({@code 10=0 *=100}), indicator weights in a sheet
 * {@code rasd_indicators}; so a form written and read again is the same form.
 */
public final class XlsForm {

	static final String LABEL_AR = "label::Arabic (ar)";

	static final String LABEL_EN = "label::English (en)";

	static final String HINT_AR = "hint::Arabic (ar)";

	static final String HINT_EN = "hint::English (en)";

	static final String MESSAGE_AR = "constraint_message::Arabic (ar)";

	static final String MESSAGE_EN = "constraint_message::English (en)";

	static final String INDICATOR_SHEET = "rasd_indicators";

	static final String YES_NO_NA_LIST = "rasd_yes_no_na";

	static final List<Choice> YES_NO_NA = List.of(new Choice("yes", new LocalizedText("نعم", "Yes")),
			new Choice("no", new LocalizedText("لا", "No")),
			new Choice("na", new LocalizedText("لا ينطبق", "Not applicable")));

	private XlsForm() {
	}

	/**
	 * Reads an XLSForm after the file passed the safe-archive gate.
	 * @param fileName the file's name, for messages and a title when the sheet has none
	 * @throws DomainException {@code forms.xlsform.old-excel} for an {@code .xls} file,
	 * {@code forms.xlsform.not-xlsx}, {@code forms.xlsform.no-survey}, or the archive gate's refusal
	 */
	public static XlsFormImport read(Path file, String fileName, ArchiveLimits limits) {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new DomainException("forms.xlsform.not-xlsx", fileName);
		}
		if (n == 8 && ReadableWorkbook.isOLE2Header(head)) {
			throw new DomainException("forms.xlsform.old-excel", fileName);
		}
		if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
			throw new DomainException("forms.xlsform.not-xlsx", fileName);
		}
		try {
			SafeArchive.inspectSpreadsheet(file, fileName, limits);
		}
		catch (ArchiveRefused refused) {
			throw new DomainException("forms.xlsform.not-xlsx", fileName);
		}
		return new XlsFormReader(fileName).read(file);
	}

	/** Writes the definition as an XLSForm workbook; {@code formId} and {@code version} go to the settings sheet. */
	public static void write(FormDefinition definition, String formId, String version, OutputStream out) {
		try {
			new XlsFormWriter(definition).write(out, formId, version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
