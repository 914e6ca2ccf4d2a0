package ps.rasd.network.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.network.Governance;
import ps.rasd.network.MembershipApplication;
import ps.rasd.network.MembershipBody;
import ps.rasd.network.Memberships;
import ps.rasd.shared.InvalidInputException;

/**
 * Public pages of the network: the membership application (no account; it waits for a coordinator) and the
 * board as its members agreed to have it shown (names and positions, nothing else).
 */
@Controller
class JoinController {

	private final Memberships memberships;

	private final Governance governance;

	private final GeographyManagement geography;

	JoinController(Memberships memberships, Governance governance, GeographyManagement geography) {
		this.memberships = memberships;
		this.governance = governance;
		this.geography = geography;
	}

	@GetMapping("/join")
	String form(Model model) {
		return form(PersonForm.empty(), MembershipBody.YOUTH_BRANCH, null, Map.of(), model);
	}

	private String form(PersonForm form, MembershipBody body, String motivation, Map<String, String> errors,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("body", body);
		model.addAttribute("motivation", motivation);
		model.addAttribute("errors", errors);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("consentVersion", memberships.consentVersion());
		return "network/join";
	}

	@PostMapping("/join")
	String apply(@ModelAttribute PersonForm form, @RequestParam(defaultValue = "YOUTH_BRANCH") MembershipBody body,
			@RequestParam(required = false) String motivation, @RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(defaultValue = "false") boolean publish, @RequestParam(required = false) String website,
			Model model) {
		if (website != null && !website.isBlank()) {
			// the hidden field people leave empty: a robot filled it
			return "redirect:/join/thanks";
		}
		try {
			memberships.apply(new MembershipApplication(form.details(), body, motivation, consent, publish));
			return "redirect:/join/thanks";
		}
		catch (InvalidInputException ex) {
			return form(form, body, motivation, PeopleController.errors(ex), model);
		}
	}

	@GetMapping("/join/thanks")
	String thanks() {
		return "network/join-thanks";
	}

	@GetMapping("/about/board")
	String board(Model model) {
		model.addAttribute("seats", governance.publicBoard());
		return "network/public-board";
	}
}
