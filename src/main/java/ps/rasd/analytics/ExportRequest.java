package ps.rasd.analytics;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A checked export request (see {@link ExportManagement#request}).
 *
 * @param source the source's name, e.g. {@code cases}
 * @param format the file format
 * @param governorateCode a governorate's PCBS code, or {@code null}
 * @param sectorCode a sector's code, or {@code null}
 * @param from the first day, or {@code null}
 * @param to the last day, or {@code null}
 * @param hxl whether a CSV or XLSX file has the HXL hashtag row under its header
 * @param language the language of the headers: Arabic (a right-to-left sheet) or English
 */
public record ExportRequest(String source, ExportFormat format, String governorateCode, String sectorCode,
		LocalDate from, LocalDate to, boolean hxl, Locale language) {

	/** Whether the headers are in Arabic. */
	public boolean arabic() {
		return !"en".equals(language.getLanguage());
	}
}
