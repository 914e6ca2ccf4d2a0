package ps.rasd.activities.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.CheckIn;
import ps.rasd.activities.RegistrationForm;
import ps.rasd.activities.SessionSummary;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Attendance at the door, made for a phone: a code typed (works without JavaScript), a name searched, a walk-in
 * added; with JavaScript the camera reads the QR code and scans wait in the browser while the connection is away.
 */
@Controller
class DoorController {

	private final ActivitiesManagement activities;

	private final GeographyManagement geography;

	DoorController(ActivitiesManagement activities, GeographyManagement geography) {
		this.activities = activities;
		this.geography = geography;
	}

	@GetMapping("/activities/{id}/door")
	String door(@PathVariable long id, @RequestParam(required = false) Long session,
			@RequestParam(required = false) String name, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		ActivitySummary activity = activities.activity(id, actor);
		SessionSummary chosen = session(activity, session);
		model.addAttribute("activity", activity);
		// not "session": in a template that name is the HTTP session (its id went into the form, a 400 on every check-in)
		model.addAttribute("doorSession", chosen);
		model.addAttribute("name", name);
		model.addAttribute("found", name == null || name.isBlank() ? java.util.List.of()
				: activities.attendees(id, name, actor));
		if (!activities.readsAttendees(activity, actor)) {
			throw new ps.rasd.shared.ForbiddenException("activities.forbidden");
		}
		model.addAttribute("governorates", geography.governorates());
		if (!model.containsAttribute("walkIn")) {
			model.addAttribute("walkIn", RegistrationForm.empty());
		}
		return "activities/door";
	}

	private static SessionSummary session(ActivitySummary activity, Long session) {
		if (activity.sessions().isEmpty()) {
			throw new NotFoundException("activities.session.not-found", 0);
		}
		if (session == null) {
			long now = System.currentTimeMillis();
			return activity.sessions().stream().filter(s -> s.endsAt().toEpochMilli() >= now).findFirst()
				.orElse(activity.sessions().get(activity.sessions().size() - 1));
		}
		return activity.sessions().stream().filter(s -> s.id() == session).findFirst()
			.orElseThrow(() -> new NotFoundException("activities.session.not-found", session));
	}

	@PostMapping("/activities/{id}/door")
	String checkIn(@PathVariable long id, @RequestParam long session, @RequestParam(required = false) String code,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		CheckIn result = activities.checkIn(id, session, code, actor);
		redirect.addFlashAttribute("checkIn", result);
		return "redirect:/activities/" + id + "/door?session=" + session;
	}

	/** The same check-in for the scanner's script: answers JSON, and a scan sent twice counts once. */
	@PostMapping(path = "/activities/{id}/door/scan", produces = "application/json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> scan(@PathVariable long id, @RequestParam long session,
			@RequestParam(required = false) String code, @AuthenticationPrincipal RasdPrincipal actor) {
		CheckIn result = activities.checkIn(id, session, code, actor);
		return ResponseEntity.ok(Map.of("outcome", result.outcome().name(), "name",
				result.name() == null ? "" : result.name()));
	}

	@PostMapping("/activities/{id}/door/walk-in")
	String walkIn(@PathVariable long id, @RequestParam long session, @ModelAttribute RegistrationForm walkIn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("checkIn", activities.walkIn(id, session, walkIn, actor));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("walkIn", walkIn);
			redirect.addFlashAttribute("walkInErrors", EventPagesController.errors(ex));
		}
		return "redirect:/activities/" + id + "/door?session=" + session;
	}
}
