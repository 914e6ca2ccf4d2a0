package ps.rasd.activities.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.activities.FollowUps;
import ps.rasd.activities.SurveyStage;
import ps.rasd.activities.Surveys;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/** Staff pages after an activity: feedback form and photo consent, follow-up actions, photos, surveys sent. */
@Controller
class FollowUpController {

	private final FollowUps followUps;

	private final Surveys surveys;

	FollowUpController(FollowUps followUps, Surveys surveys) {
		this.followUps = followUps;
		this.surveys = surveys;
	}

	@PostMapping("/activities/{id}/follow-up")
	String settings(@PathVariable long id, @RequestParam(required = false) Long feedbackForm,
			@RequestParam(defaultValue = "false") boolean photoConsent, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		followUps.settings(id, feedbackForm, photoConsent, actor);
		redirect.addFlashAttribute("flash", "activities.activity.saved");
		return "redirect:/activities/" + id + "#after";
	}

	@PostMapping("/activities/{id}/actions")
	String addAction(@PathVariable long id, @RequestParam(required = false) String description,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String dueOn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			LocalDate due = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
			followUps.addAction(id, description, owner, due, actor);
			redirect.addFlashAttribute("flash", "activities.action.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.fields().isEmpty() ? ex.code() : ex.fields().get(0).code());
			redirect.addFlashAttribute("actionDescription", description);
			redirect.addFlashAttribute("actionOwner", owner);
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("problem", "activities.action.invalid");
		}
		return "redirect:/activities/" + id + "#actions";
	}

	@PostMapping("/activities/{id}/actions/{action}/done")
	String done(@PathVariable long id, @PathVariable long action, @RequestParam(defaultValue = "true") boolean done,
			@AuthenticationPrincipal RasdPrincipal actor) {
		followUps.actionDone(id, action, done, actor);
		return "redirect:/activities/" + id + "#actions";
	}

	@PostMapping("/activities/{id}/photos")
	String addPhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		try (InputStream in = photo.getInputStream()) {
			followUps.addPhoto(id, in, actor);
			redirect.addFlashAttribute("flash", "activities.photo.added");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/activities/" + id + "#photos";
	}

	@GetMapping("/activities/{id}/photos/{file}")
	ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long file,
			@AuthenticationPrincipal RasdPrincipal actor) {
		return image(followUps.photo(id, file, actor), followUps.mediaType(file), CacheControl.noStore());
	}

	static ResponseEntity<InputStreamResource> image(InputStream in, String type, CacheControl cache) {
		return ResponseEntity.ok().cacheControl(cache).header("Content-Type", type)
			.header("X-Content-Type-Options", "nosniff").body(new InputStreamResource(in));
	}

	@PostMapping("/activities/{id}/surveys/{stage}")
	String send(@PathVariable long id, @PathVariable String stage, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		SurveyStage s = SurveyStage.ofPath(stage);
		if (s == null) {
			throw new NotFoundException("activities.survey.not-found", stage);
		}
		try {
			int sent = surveys.send(id, s, actor);
			redirect.addFlashAttribute("flash", "activities.survey.sent");
			redirect.addFlashAttribute("surveysSent", sent);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return s == SurveyStage.FEEDBACK ? "redirect:/activities/" + id + "#after" : "redirect:/activities/" + id + "/training";
	}
}
