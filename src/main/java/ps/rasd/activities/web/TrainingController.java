package ps.rasd.activities.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.activities.SurveyStage;
import ps.rasd.activities.Surveys;
import ps.rasd.activities.Trainings;
import ps.rasd.forms.FormsManagement;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/** A training's subject, tests and scores (on the activity's page), and the training a scorecard form requires. */
@Controller
class TrainingController {

	private final Trainings trainings;

	private final Surveys surveys;

	private final FormsManagement forms;

	TrainingController(Trainings trainings, Surveys surveys, FormsManagement forms) {
		this.trainings = trainings;
		this.surveys = surveys;
		this.forms = forms;
	}

	@GetMapping("/activities/{id}/training")
	String training(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("activityId", id);
		model.addAttribute("training", trainings.training(id, actor).orElse(null));
		model.addAttribute("pre", surveys.counts(id, SurveyStage.PRE, actor));
		model.addAttribute("post", surveys.counts(id, SurveyStage.POST, actor));
		model.addAttribute("forms", forms.forms().stream().filter(f -> f.current().isPresent()).toList());
		return "activities/training";
	}

	@PostMapping("/activities/{id}/training")
	String define(@PathVariable long id, @RequestParam(required = false) String subject,
			@RequestParam(required = false) Long preFormId, @RequestParam(required = false) Long postFormId,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			trainings.define(id, subject, preFormId, postFormId, actor);
			redirect.addFlashAttribute("flash", "activities.training.saved");
		}
		catch (InvalidInputException | ps.rasd.shared.NotFoundException ex) {
			redirect.addFlashAttribute("problem", "activities.training.invalid");
		}
		return "redirect:/activities/" + id + "/training";
	}

	@PostMapping("/activities/{id}/training/scores")
	String score(@PathVariable long id, @RequestParam long registration, @RequestParam String stage,
			@RequestParam(required = false) String score, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			trainings.score(id, registration, "POST".equals(stage), Double.parseDouble(score.strip()), actor);
			redirect.addFlashAttribute("flash", "activities.training.score-saved");
		}
		catch (InvalidInputException | NumberFormatException | NullPointerException ex) {
			redirect.addFlashAttribute("problem", "activities.training.score-invalid");
		}
		return "redirect:/activities/" + id + "/training";
	}

	@PostMapping("/activities/requirements")
	String require(@RequestParam long formId, @RequestParam(required = false) String subject,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		trainings.require(formId, subject, actor);
		redirect.addFlashAttribute("flash", "activities.training.requirement-saved");
		return "redirect:/activities/kinds";
	}
}
