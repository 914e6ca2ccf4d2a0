package ps.rasd.analytics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.analytics.ReportRequest;
import ps.rasd.shared.Formats;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.CodeList;
import ps.rasd.shared.spi.PdfRenderer;
import ps.rasd.shared.spi.ReportFigures;
import ps.rasd.shared.spi.ReportSection;

/**
 * Prints a monitoring report: figures from {@link ReportFigures}, names from the code lists, the XHTML template
 * {@code analytics/report-pdf}, then {@link PdfRenderer}. Charts are bars drawn in the page itself (table cells with
 * widths), so their Arabic labels are text shaped like the rest of the report.
 */
@Component
public class ReportWriter {

	/** Dates as {@code yyyy/MM/dd}: with dashes the renderer breaks a date inside right-to-left text and swaps the parts. */
	private final ReportFigures figures;

	private final Map<String, Map<String, LocalizedText>> codes = new java.util.HashMap<>();

	private final List<CodeList> codeLists;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final Clock clock;

	private final String css;

	private final List<ReportSection> sections;

	ReportWriter(ReportFigures figures, List<CodeList> codeLists, ITemplateEngine templates, PdfRenderer renderer,
			Clock clock, List<ReportSection> sections) {
		this.sections = sections;
		this.figures = figures;
		this.codeLists = codeLists;
		this.templates = templates;
		this.renderer = renderer;
		this.clock = clock;
		try (InputStream in = new ClassPathResource("pdf/report.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The figures of a request, collected now. */
	public ReportFigures.Figures collect(ReportRequest request) {
		return figures.collect(new ReportFigures.Scope(request.from(), request.to(), request.governorateCode(),
				request.sectorCode()));
	}

	/** The PDF of a request with figures already collected. */
	public byte[] write(ReportRequest request, ReportFigures.Figures data) {
		Locale locale = request.english() ? Locale.ENGLISH : Locale.forLanguageTag("ar");
		Map<String, LocalizedText> governorates = names(CodeList.GOVERNORATES);
		Map<String, LocalizedText> sectors = names(CodeList.SECTORS);
		Context context = new Context(locale);
		context.setVariable("css", css);
		context.setVariable("rtl", !request.english());
		context.setVariable("figures", data);
		Formats formats = Formats.of(locale);
		context.setVariable("from", formats.longDate(request.from()));
		context.setVariable("to", formats.longDate(request.to()));
		context.setVariable("today", formats.longDate(clock.instant()));
		context.setVariable("governorate", request.governorateCode() == null ? null
				: governorates.get(request.governorateCode()));
		context.setVariable("sector", request.sectorCode() == null ? null : sectors.get(request.sectorCode()));
		context.setVariable("charts", List.of(chart("analytics.report.by-status", data.byStatus(), Map.of(), locale),
				chart("analytics.report.by-governorate", data.byGovernorate(), governorates, locale),
				chart("analytics.report.by-sector", data.bySector(), sectors, locale)));
		ReportFigures.Scope scope = new ReportFigures.Scope(request.from(), request.to(), request.governorateCode(),
				request.sectorCode());
		context.setVariable("sections", sections.stream().map(s -> section(s.collect(scope), locale)).toList());
		return renderer.render(templates.process("analytics/report-pdf", context), !request.english());
	}

	private Map<String, LocalizedText> names(String list) {
		return codes.computeIfAbsent(list, l -> codeLists.stream().filter(c -> c.name().equals(l)).findFirst()
			.map(CodeList::entries).orElse(Map.of()));
	}

	private static Chart chart(String titleKey, List<ReportFigures.Count> counts, Map<String, LocalizedText> names,
			Locale locale) {
		long max = counts.stream().mapToLong(ReportFigures.Count::count).max().orElse(1);
		List<Bar> bars = new ArrayList<>();
		for (ReportFigures.Count c : counts) {
			LocalizedText label = c.label() != null ? c.label() : names.get(c.key());
			bars.add(new Bar(label == null ? c.key() : label.in(locale), c.count(),
					Math.max(1, Math.round(100.0 * c.count() / Math.max(1, max)))));
		}
		return new Chart(titleKey, bars);
	}

	private static Printed section(ReportSection.Section section, Locale locale) {
		List<Chart> charts = new ArrayList<>();
		for (ReportSection.Chart chart : section.charts()) {
			Chart drawn = chart(null, chart.counts(), Map.of(), locale);
			charts.add(new Chart(chart.title().in(locale), drawn.bars()));
		}
		return new Printed(section.title().in(locale), section.note() == null ? null : section.note().in(locale),
				charts);
	}

	/** A contributed section as printed: heading, note, and charts whose {@code titleKey} is the heading itself. */
	public record Printed(String title, String note, List<Chart> charts) {
	}

	/** A bar chart: the message key of its title and its bars. */
	public record Chart(String titleKey, List<Bar> bars) {
	}

	/** A bar: label, count, length in percent of the longest. */
	public record Bar(String label, long count, long percent) {
	}

}
