package ps.rasd.analytics.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import ps.rasd.analytics.ExportFile;
import ps.rasd.analytics.ExportFormat;
import ps.rasd.analytics.ExportJobView;
import ps.rasd.analytics.ExportManagement;
import ps.rasd.analytics.ExportRequest;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.CodeList;

/**
 * The exports page (signed-in people): the form, their jobs with a progress bar and the download of a finished file;
 * and the public downloads made on the spot, {@code /exports/{source}.{csv|xlsx|geojson}}, public tier only.
 */
@Controller
class ExportController {

	private final ExportManagement exports;

	ExportController(ExportManagement exports) {
		this.exports = exports;
	}

	@GetMapping("/exports")
	String page(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		return page(new ExportForm(), actor, model);
	}

	@PostMapping("/exports")
	String start(@ModelAttribute("form") ExportForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, HttpServletResponse response) {
		try {
			ExportRequest request = exports.request(form.getSource(), form.getFormat(), form.filters(), locale);
			ExportJobView job = exports.start(request, actor);
			return "redirect:/exports/jobs/" + job.id();
		}
		catch (InvalidInputException ex) {
			ex.fields().forEach(f -> errors.rejectValue(f.field(), f.code(), f.arguments().toArray(), f.code()));
		}
		catch (ConflictException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form, actor, model);
	}

	private String page(ExportForm form, RasdPrincipal actor, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sources", exports.sources());
		model.addAttribute("formats", ExportFormat.values());
		model.addAttribute("governorates", exports.codes(CodeList.GOVERNORATES));
		model.addAttribute("sectors", exports.codes(CodeList.SECTORS));
		model.addAttribute("jobs", exports.jobs(actor));
		return "analytics/exports";
	}

	@GetMapping("/exports/jobs/{id}")
	String job(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("job", exports.job(id, actor));
		model.addAttribute("sources", exports.sources());
		model.addAttribute("governorates", exports.codes(CodeList.GOVERNORATES));
		model.addAttribute("sectors", exports.codes(CodeList.SECTORS));
		return "analytics/job";
	}

	@GetMapping("/exports/jobs/{id}/file")
	ResponseEntity<Resource> file(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor) {
		ExportFile file = exports.file(id, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.body(file.resource());
	}

	@GetMapping("/exports/{source}.{format}")
	ModelAndView direct(@PathVariable String source, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> parameters, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportRequest request;
		long rows;
		try {
			request = exports.request(source, format, filters(parameters), locale);
			rows = exports.checkPublic(request);
		}
		catch (InvalidInputException ex) {
			return problem(ex, ex.fields().stream().map(f -> new Problem(f.code(), f.arguments().toArray())).toList());
		}
		catch (DomainException ex) {
			return problem(ex, List.of());
		}
		response.setContentType(request.format().mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(exports.filename(request), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Export-Rows", String.valueOf(rows));
		exports.writePublic(request, response.getOutputStream());
		return null;
	}

	/** Bad input on a download: a page (400) that says what is wrong and which links work. */
	private static ModelAndView problem(DomainException ex, List<Problem> errors) {
		ModelAndView page = new ModelAndView("analytics/problem");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("code", ex.code());
		page.addObject("arguments", ex.arguments());
		page.addObject("errors", errors);
		return page;
	}

	/** The query parameters as filters; {@code lang} belongs to the language switch. */
	static Map<String, String> filters(MultiValueMap<String, String> parameters) {
		Map<String, String> filters = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!name.equals("lang")) {
				filters.put(name, values.isEmpty() ? null : values.get(0));
			}
		});
		return filters;
	}

	/**
	 * One message to show.
	 *
	 * @param code the message code
	 * @param arguments its arguments
	 */
	record Problem(String code, Object[] arguments) {
	}
}
