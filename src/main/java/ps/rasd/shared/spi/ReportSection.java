package ps.rasd.shared.spi;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A module's section of the periodic report (PDF), public figures only and with small counts already withheld: the
 * analytics module prints each section after the cases' figures, without importing the module.
 */
public interface ReportSection {

	/** The section for a report's period and governorate (the sector is the cases' own filter). */
	Section collect(ReportFigures.Scope scope);

	/**
	 * A section.
	 *
	 * @param title its heading
	 * @param note a line under the heading (what is counted, what is withheld), may be {@code null}
	 * @param charts its bar charts, in order
	 */
	record Section(LocalizedText title, LocalizedText note, List<Chart> charts) {
	}

	/**
	 * A bar chart.
	 *
	 * @param title its heading
	 * @param counts the bars (label given), withheld counts left out
	 */
	record Chart(LocalizedText title, List<ReportFigures.Count> counts) {
	}
}
