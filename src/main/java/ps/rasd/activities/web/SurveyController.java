package ps.rasd.activities.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.FollowUps;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.activities.Registrations;
import ps.rasd.activities.SurveyStage;
import ps.rasd.activities.Surveys;
import ps.rasd.forms.FormCheck;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.shared.NotFoundException;

/** Public: a participant fills a survey or test through their personal link; the photos of a public report. */
@Controller
class SurveyController {

	private final Surveys surveys;

	private final Registrations registrations;

	private final ActivitiesManagement activities;

	private final FollowUps followUps;

	SurveyController(Surveys surveys, Registrations registrations, ActivitiesManagement activities,
			FollowUps followUps) {
		this.surveys = surveys;
		this.registrations = registrations;
		this.activities = activities;
		this.followUps = followUps;
	}

	@GetMapping("/events/registration/{token}/survey/{stage}")
	String survey(@PathVariable String token, @PathVariable String stage, Model model) {
		SurveyStage s = stage(stage);
		return page(token, s, surveys.form(token, s), Map.of(), null, model);
	}

	private String page(String token, SurveyStage stage, Optional<FormVersionSummary> version,
			Map<String, String> answers, FormCheck check, Model model) {
		RegistrationSummary r = registrations.byToken(token);
		model.addAttribute("activity", activities.publicActivity(r.activityId()));
		model.addAttribute("token", token);
		model.addAttribute("stage", stage);
		model.addAttribute("version", version.orElse(null));
		model.addAttribute("answered", version.isEmpty() && surveys.answered(token, stage));
		model.addAttribute("answers", answers);
		model.addAttribute("errors", check == null ? Map.of() : check.errors());
		model.addAttribute("relevant", check == null ? null : check.relevant());
		return "activities/survey";
	}

	@PostMapping("/events/registration/{token}/survey/{stage}")
	String answer(@PathVariable String token, @PathVariable String stage, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SurveyStage s = stage(stage);
		Map<String, String> answers = answers(request);
		FormCheck check = surveys.answer(token, s, answers);
		if (!check.valid()) {
			return page(token, s, surveys.form(token, s), answers, check, model);
		}
		redirect.addFlashAttribute("flash", "activities.survey.thanks");
		return "redirect:/events/registration/" + token + "/survey/" + s.path();
	}

	@GetMapping("/events/{id}/photos/{file}")
	ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long file) {
		return FollowUpController.image(followUps.publicPhoto(id, file), followUps.mediaType(file),
				CacheControl.maxAge(Duration.ofHours(1)));
	}

	private static SurveyStage stage(String path) {
		SurveyStage s = SurveyStage.ofPath(path);
		if (s == null) {
			throw new NotFoundException("activities.survey.not-found", path);
		}
		return s;
	}

	/** The answers in a request: fields named {@code a.<question>}; a multiple choice joined with spaces. */
	private static Map<String, String> answers(HttpServletRequest request) {
		Map<String, String> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith("a.") && values != null) {
				answers.put(name.substring(2), String.join(" ", List.of(values)).strip());
			}
		});
		return answers;
	}
}
