package ps.rasd.monitoring.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;

import java.util.stream.Collectors;

/**
 * A partner organisation's page of the monitoring visits shared with it ({@code ReadRules.CASEWORK} copy scope):
 * date, facility, governorate and scores; never answers, notes or who made the visit.
 */
@Controller
class SharedVisitController {

	private static final int PAGE_SIZE = 30;

	private final MonitoringManagement monitoring;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	SharedVisitController(MonitoringManagement monitoring, RegistryManagement registry,
			GeographyManagement geography) {
		this.monitoring = monitoring;
		this.registry = registry;
		this.geography = geography;
	}

	@GetMapping("/shared/visits")
	String shared(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor,
			Model model) {
		var result = monitoring.visitsSharedWith(actor, page, PAGE_SIZE);
		model.addAttribute("visits", result);
		model.addAttribute("facilities",
				registry.facilities(result.items().stream().map(VisitSummary::facilityId).distinct().toList()));
		model.addAttribute("governorateNames", geography.governorates().stream()
			.collect(Collectors.toMap(GovernorateSummary::code, GovernorateSummary::name)));
		model.addAttribute("pagePrefix", PageLinks.prefix("/shared/visits"));
		return "monitoring/shared-visits";
	}
}
