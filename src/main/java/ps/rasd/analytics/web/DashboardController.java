package ps.rasd.analytics.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.analytics.internal.Dashboards;
import ps.rasd.analytics.internal.Dashboards.Dashboard;
import ps.rasd.analytics.internal.Dashboards.Row;
import ps.rasd.analytics.internal.Dashboards.Table;
import ps.rasd.analytics.internal.Dashboards.Value;
import ps.rasd.shared.spi.CodeList;
import ps.rasd.shared.spi.PublicStatistics.Filter;

/**
 * The public dashboard at {@code /dashboards} and its numbers as CSV at {@code /dashboards/data.csv}, with the same
 * filters. Unknown codes and malformed months are ignored, as if not given.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final MessageSource messages;

	DashboardController(Dashboards dashboards, MessageSource messages) {
		this.dashboards = dashboards;
		this.messages = messages;
	}

	@GetMapping("/dashboards")
	String page(@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String authority, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model) {
		Filter filter = filter(governorate, sector, authority, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("governorates", dashboards.codes(CodeList.GOVERNORATES));
		model.addAttribute("sectors", dashboards.codes(CodeList.SECTORS));
		model.addAttribute("authorities", dashboards.codes(CodeList.AUTHORITIES));
		model.addAttribute("dashboard", dashboards.build(filter, locale));
		model.addAttribute("query", query(filter));
		return "analytics/dashboards";
	}

	@GetMapping("/dashboards/data.csv")
	void csv(@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String authority, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response)
			throws IOException {
		Dashboard dashboard = dashboards.build(filter(governorate, sector, authority, from, to), locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rasd-dashboard.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord(text("analytics.dashboards.csv.table", locale), text("analytics.dashboards.csv.row", locale),
					text("analytics.dashboards.csv.column", locale), text("analytics.dashboards.csv.value", locale));
			for (Table table : dashboard.tables()) {
				String title = text("analytics.dashboards." + table.id(), locale);
				for (Row row : table.rows()) {
					for (int i = 0; i < table.columns().size(); i++) {
						Value value = row.values().get(i);
						csv.printRecord(title, row.label(),
								text("analytics.dashboards.column." + table.columns().get(i), locale), value.text());
					}
				}
			}
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private Filter filter(String governorate, String sector, String authority, String from, String to) {
		return new Filter(known(CodeList.GOVERNORATES, governorate), known(CodeList.SECTORS, sector),
				authorityId(authority), month(from), month(to));
	}

	private String known(String list, String code) {
		return code != null && dashboards.codes(list).containsKey(code) ? code : null;
	}

	private Long authorityId(String authority) {
		String known = known(CodeList.AUTHORITIES, authority);
		return known == null ? null : Long.valueOf(known);
	}

	private static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String query(Filter f) {
		StringBuilder q = new StringBuilder();
		append(q, "governorate", f.governorateCode());
		append(q, "sector", f.sectorCode());
		append(q, "authority", f.authorityId());
		append(q, "from", f.from());
		append(q, "to", f.to());
		return q.toString();
	}

	private static void append(StringBuilder q, String name, Object value) {
		if (value != null) {
			q.append(q.length() == 0 ? "" : "&").append(name).append('=').append(value);
		}
	}
}
