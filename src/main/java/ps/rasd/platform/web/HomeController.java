package ps.rasd.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ps.rasd.shared.spi.HomePageSection;

/** The home page, with the sections the modules contribute (headline figures, latest findings). */
@Controller
class HomeController {

	private final List<HomePageSection> sections;

	HomeController(List<HomePageSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("sections", sections.stream().map(s -> s.render(locale)).toList());
		return "platform/home";
	}
}
