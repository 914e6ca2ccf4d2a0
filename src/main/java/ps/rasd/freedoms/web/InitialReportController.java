package ps.rasd.freedoms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.FreedomsProperties;
import ps.rasd.shared.AddressThrottle;
import ps.rasd.shared.AddressThrottles;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The initial report form: anyone (anonymous allowed), monitors and partners signed in. Rate-limited per address as
 * complaints are; a robot that fills the hidden field is thanked and nothing is kept. The report is seen only by the
 * documenters of its governorate until verified.
 */
@Controller
class InitialReportController {

	private final FreedomsManagement freedoms;

	private final Choices choices;

	private final AddressThrottle throttle;

	InitialReportController(FreedomsManagement freedoms, Choices choices, FreedomsProperties properties,
			AddressThrottles throttles) {
		this.freedoms = freedoms;
		this.choices = choices;
		this.throttle = throttles.perHour("freedoms.report", properties.reportsPerHour());
	}

	@GetMapping("/freedoms/report")
	String form(Model model) {
		model.addAttribute("form", new EventForm());
		choices.add(model);
		return "freedoms/report";
	}

	@PostMapping("/freedoms/report")
	String report(@ModelAttribute("form") EventForm form, BindingResult errors, HttpServletRequest request,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (EventForm.blank(form.getWebsite()) != null) {
			return "redirect:/freedoms/report/received";
		}
		if (actor == null && !throttle.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("problem", "freedoms.report.throttled");
			choices.add(model);
			return "freedoms/report";
		}
		if (!errors.hasErrors()) {
			try {
				redirect.addFlashAttribute("reference", freedoms.report(form.report(), actor));
				return "redirect:/freedoms/report/received";
			}
			catch (InvalidInputException ex) {
				Choices.reject(ex, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("problem", "freedoms.event.invalid");
		choices.add(model);
		return "freedoms/report";
	}

	@GetMapping("/freedoms/report/received")
	String received() {
		return "freedoms/report-done";
	}
}
