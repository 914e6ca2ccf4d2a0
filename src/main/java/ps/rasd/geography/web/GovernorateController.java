package ps.rasd.geography.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.GovernoratePageSection;

/**
 * Public pages: the list of governorates and one governorate with its places and what other modules show there
 * (scores over time, cases, authorities), through {@link GovernoratePageSection}.
 */
@Controller
class GovernorateController {

	private static final int PAGE_SIZE = 50;

	private final GeographyManagement geography;

	private final List<GovernoratePageSection> sections;

	GovernorateController(GeographyManagement geography, List<GovernoratePageSection> sections) {
		this.geography = geography;
		this.sections = sections;
	}

	@GetMapping("/governorates")
	String list(Model model) {
		model.addAttribute("governorates", geography.governorates());
		return "geography/governorates";
	}

	@GetMapping("/governorates/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor, Locale locale,
			Model model) {
		var governorate = geography.requireGovernorate(code);
		model.addAttribute("governorate", governorate);
		model.addAttribute("sections",
				sections.stream().map(s -> s.render(governorate.code(), actor, locale)).toList());
		model.addAttribute("q", q);
		model.addAttribute("places", geography.places(code, q, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("pagePrefix", PageLinks.prefix("/governorates/" + code, "q", q));
		return "geography/governorate";
	}
}
