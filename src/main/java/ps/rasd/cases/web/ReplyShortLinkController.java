package ps.rasd.cases.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ps.rasd.cases.CaseWorkflow;
import ps.rasd.shared.DomainException;

/**
 * The short address printed on a referral letter ({@code /reply/c/<code>}, also in its QR code): it leads to the
 * authority's reply link; a code that does not hold gets the page of an invalid link.
 */
@Controller
class ReplyShortLinkController {

	private final CaseWorkflow workflow;

	ReplyShortLinkController(CaseWorkflow workflow) {
		this.workflow = workflow;
	}

	@GetMapping("/reply/c/{code}")
	String open(@PathVariable String code, Model model, HttpServletResponse response) {
		try {
			return "redirect:/reply/" + workflow.replyTokenOfShortCode(code);
		}
		catch (DomainException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("problem", ex.code());
			return "cases/reply-problem";
		}
	}
}
