package ps.rasd.activities.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.Invitation;
import ps.rasd.activities.Invitations;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/** Invitations: staff send them to a group or segment; the invited answer through their personal link. */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final ActivitiesManagement activities;

	InvitationController(Invitations invitations, ActivitiesManagement activities) {
		this.invitations = invitations;
		this.activities = activities;
	}

	@PostMapping("/activities/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam long group, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale, RedirectAttributes redirect) {
		try {
			int sent = invitations.invite(id, group, locale, actor);
			redirect.addFlashAttribute("flash", "activities.invitation.sent");
			redirect.addFlashAttribute("invitedNow", sent);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/activities/" + id + "#invitations";
	}

	@GetMapping("/events/invitation/{token}")
	String invitation(@PathVariable String token, Model model) {
		return page(token, Map.of(), model);
	}

	private String page(String token, Map<String, String> errors, Model model) {
		Invitation invitation = invitations.invitation(token)
			.orElseThrow(() -> new NotFoundException("activities.invitation.not-found", "link"));
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("activity", activities.publicActivity(invitation.activityId()));
		model.addAttribute("errors", errors);
		return "activities/invitation";
	}

	@PostMapping("/events/invitation/{token}")
	String reply(@PathVariable String token, @RequestParam String answer,
			@RequestParam(defaultValue = "false") boolean consent, Model model, RedirectAttributes redirect) {
		if ("no".equals(answer)) {
			invitations.decline(token);
			redirect.addFlashAttribute("flash", "activities.invitation.declined");
			return "redirect:/events/invitation/" + token;
		}
		try {
			RegistrationSummary r = invitations.accept(token, consent);
			return "redirect:/events/registration/" + r.token();
		}
		catch (InvalidInputException ex) {
			return page(token, EventPagesController.errors(ex), model);
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex.code());
			return page(token, Map.of(), model);
		}
	}
}
