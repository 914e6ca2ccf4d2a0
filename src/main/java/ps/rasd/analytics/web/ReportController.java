package ps.rasd.analytics.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.analytics.ExportManagement;
import ps.rasd.analytics.ExportStatus;
import ps.rasd.analytics.ReportManagement;
import ps.rasd.analytics.ReportRequest;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.CodeList;

/** The monitoring reports page: ask for a report, follow its progress, download the last ones. */
@Controller
class ReportController {

	private final ReportManagement reports;

	private final ExportManagement exports;

	ReportController(ReportManagement reports, ExportManagement exports) {
		this.reports = reports;
		this.exports = exports;
	}

	@GetMapping("/reports")
	String page(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		var jobs = reports.recent(actor);
		model.addAttribute("jobs", jobs);
		model.addAttribute("working", jobs.stream().anyMatch(j -> j.status() == ExportStatus.QUEUED
				|| j.status() == ExportStatus.RUNNING));
		model.addAttribute("governorates", exports.codes(CodeList.GOVERNORATES));
		model.addAttribute("sectors", exports.codes(CodeList.SECTORS));
		model.addAttribute("from", LocalDate.now().withDayOfMonth(1).minusMonths(1));
		model.addAttribute("to", LocalDate.now().withDayOfMonth(1).minusDays(1));
		return "analytics/reports";
	}

	@PostMapping("/reports")
	String request(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(defaultValue = "ar") String language, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, HttpServletResponse response) {
		try {
			reports.request(new ReportRequest(from, to, blank(governorate), blank(sector),
					"en".equals(language) ? "en" : "ar"), actor);
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.code());
			return page(actor, model);
		}
		return "redirect:/reports";
	}

	@GetMapping("/reports/{id}.pdf")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rasd-report-" + id + ".pdf").build().toString())
			.body(reports.file(id, actor));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
