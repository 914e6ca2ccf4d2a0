package ps.rasd.geography.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.PageLinks;

/** Public pages: the list of governorates and one governorate with its places. */
@Controller
class GovernorateController {

	private static final int PAGE_SIZE = 50;

	private final GeographyManagement geography;

	GovernorateController(GeographyManagement geography) {
		this.geography = geography;
	}

	@GetMapping("/governorates")
	String list(Model model) {
		model.addAttribute("governorates", geography.governorates());
		return "geography/governorates";
	}

	@GetMapping("/governorates/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("governorate", geography.requireGovernorate(code));
		model.addAttribute("q", q);
		model.addAttribute("places", geography.places(code, q, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("pagePrefix", PageLinks.prefix("/governorates/" + code, "q", q));
		return "geography/governorate";
	}
}
