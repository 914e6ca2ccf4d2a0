package ps.rasd.cases.web;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.cases.CaseQuery;
import ps.rasd.cases.CaseQueue;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;

/**
 * A partner organisation's page of the cases shared with it: the queue's scope for a partner is the
 * {@code ReadRules.CASEWORK} copy scope (shared with partners or with their organisation, or public, after the
 * embargo) plus what they filed themselves; each case opens as the redacted copy they may read.
 */
@Controller
class SharedCaseController {

	private static final int PAGE_SIZE = 30;

	private final CaseQueue queue;

	private final CasePage page;

	private final Clock clock;

	SharedCaseController(CaseQueue queue, CasePage page, Clock clock) {
		this.queue = queue;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping("/shared/cases")
	String shared(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor,
			Model model) {
		var query = new CaseQuery(Set.of(), null, null, null, null, false, false);
		model.addAttribute("result", queue.queue(query, page, PAGE_SIZE, actor));
		model.addAttribute("now", clock.instant());
		model.addAttribute("governorateNames", this.page.governorateNames());
		model.addAttribute("sectorNames", this.page.sectorNames());
		model.addAttribute("pagePrefix", PageLinks.prefix("/shared/cases"));
		return "cases/shared-cases";
	}
}
