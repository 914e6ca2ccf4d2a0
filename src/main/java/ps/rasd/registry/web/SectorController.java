package ps.rasd.registry.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SectorPageSection;

/**
 * Public pages: the sectors in use, and one sector with its indicators, its kinds of facility and what other modules
 * show there (scores over time, cases, authorities), through {@link SectorPageSection}.
 */
@Controller
class SectorController {

	private final RegistryManagement registry;

	private final List<SectorPageSection> sections;

	SectorController(RegistryManagement registry, List<SectorPageSection> sections) {
		this.registry = registry;
		this.sections = sections;
	}

	@GetMapping("/sectors")
	String list(Model model) {
		model.addAttribute("sectors", registry.sectors().stream().filter(SectorSummary::active).toList());
		return "registry/public-sectors";
	}

	@GetMapping("/sectors/{code}")
	String show(@PathVariable String code, @AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		SectorSummary sector = registry.sector(code);
		model.addAttribute("sector", sector);
		model.addAttribute("sections", sections.stream().map(s -> s.render(sector.code(), actor, locale)).toList());
		return "registry/public-sector";
	}
}
