package ps.rasd.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.WorkSection;
import ps.rasd.shared.spi.WorkSection.WorkList;

/**
 * A signed-in person's start page: what waits for them in each module (the modules' {@link WorkSection}s, in their
 * order), where sign-in leads instead of the public home.
 */
@Controller
class MyWorkController {

	private final List<WorkSection> sections;

	MyWorkController(List<WorkSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/my-work")
	String myWork(@AuthenticationPrincipal RasdPrincipal person, Locale locale, Model model) {
		List<WorkList> lists = sections.stream().flatMap(s -> s.work(person, locale).stream()).toList();
		model.addAttribute("lists", lists);
		model.addAttribute("waiting", lists.stream().mapToLong(WorkList::count).sum());
		return "platform/my-work";
	}
}
