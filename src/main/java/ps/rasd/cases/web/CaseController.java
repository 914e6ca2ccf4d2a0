package ps.rasd.cases.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseFollowUps;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseReplies;
import ps.rasd.cases.CaseReporters;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.Moderation;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;

/**
 * A case as the staff work on it: the form for a new case, the case's page, its workflow actions, the sealed
 * reporter, follow-up checks, moderation of replies and publication. A refused form shows the page again with what
 * the person typed and why.
 */
@Controller
class CaseController {

	private final CaseWorkflow workflow;

	private final CaseReporters reporters;

	private final CaseFollowUps followUps;

	private final CaseReplies replies;

	private final CasePublication publication;

	private final Intake intake;

	private final CasePage page;

	CaseController(CaseWorkflow workflow, CaseReporters reporters, CaseFollowUps followUps, CaseReplies replies,
			CasePublication publication, Intake intake, CasePage page) {
		this.workflow = workflow;
		this.reporters = reporters;
		this.followUps = followUps;
		this.replies = replies;
		this.publication = publication;
		this.intake = intake;
		this.page = page;
	}

	@GetMapping("/cases/new")
	String newCase(@RequestParam(required = false) Long facility, Model model) {
		CaseForm form = new CaseForm();
		form.setFacilityId(facility);
		intake.choices(model, form);
		return "cases/new";
	}

	@PostMapping("/cases")
	String file(@ModelAttribute("form") CaseForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile photo, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Intake.Result result = intake.file(form, photo, CaseSource.STAFF, actor, locale, errors);
		if (result == null) {
			response.setStatus(422);
			model.addAttribute("problem", "cases.case.invalid");
			intake.choices(model, form);
			return "cases/new";
		}
		redirect.addFlashAttribute("flash", "cases.done.any");
		if (result.photoProblem() != null) {
			redirect.addFlashAttribute("problem", result.photoProblem());
		}
		return "redirect:/cases/" + result.filed().summary().reference();
	}

	@GetMapping("/cases/{ref}")
	String view(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		return page.render(ref, actor, model);
	}

	@PostMapping("/cases/{ref}/actions")
	String act(@PathVariable String ref, @RequestParam CaseAction action, @RequestParam long version,
			@RequestParam(required = false) Long authorityId, @RequestParam(required = false) LocalDate dueOn,
			@RequestParam(required = false) String duplicateOf, @RequestParam(required = false) LocalDate scheduledFor,
			@RequestParam(required = false) String responsibleNamed,
			@RequestParam(required = false) String internalNote, @RequestParam(required = false) String publicNote,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ActionInput input = new ActionInput(authorityId, dueOn, duplicateOf, scheduledFor, responsibleNamed,
				internalNote, publicNote);
		try {
			workflow.act(ref, action, version, input, actor);
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			return again(ref, actor, model, action, input, ex.code(), fieldCodes(ex));
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return again(ref, actor, model, action, input, ex.code(), Map.of());
		}
		redirect.addFlashAttribute("flash", action == CaseAction.VERIFY ? "cases.done.VERIFY" : "cases.done.any");
		return "redirect:/cases/" + ref;
	}

	/** The case page again, with what the person typed and why it was refused. */
	private String again(String ref, RasdPrincipal actor, Model model, CaseAction action, ActionInput input,
			String problem, Map<String, String> fieldErrors) {
		model.addAttribute("problem", problem);
		model.addAttribute("failedAction", action);
		model.addAttribute("input", input);
		model.addAttribute("fieldErrors", fieldErrors);
		return page.render(ref, actor, model);
	}

	/** Shows the sealed reporter: a POST, because the read is recorded. */
	@PostMapping("/cases/{ref}/reporter")
	String reporter(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("reporter", reporters.reporter(ref, actor));
		return page.render(ref, actor, model);
	}

	/** Erases the reporter's identity and contacts on their request. */
	@PostMapping("/cases/{ref}/reporter/erase")
	String eraseReporter(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		reporters.eraseReporter(ref, actor);
		redirect.addFlashAttribute("flash", "cases.done.erased");
		return "redirect:/cases/" + ref;
	}

	@PostMapping("/cases/{ref}/follow-up")
	String followUp(@PathVariable String ref, @RequestParam(required = false) Long monitorId,
			@RequestParam(required = false) LocalDate dueOn, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (monitorId == null) {
				throw new InvalidInputException("cases.case.invalid", Map.of("monitorId", "cases.field.required"));
			}
			followUps.assignFollowUp(ref, monitorId, dueOn, actor);
		}
		catch (InvalidInputException | ConflictException ex) {
			response.setStatus(ex instanceof ConflictException ? 409 : 422);
			model.addAttribute("problem", ex instanceof InvalidInputException i ? i.fields().get(0).code()
					: ex.code());
			return page.render(ref, actor, model);
		}
		redirect.addFlashAttribute("flash", "cases.done.follow-up");
		return "redirect:/cases/" + ref;
	}

	@PostMapping("/cases/{ref}/replies/{id}")
	String moderate(@PathVariable String ref, @PathVariable long id, @RequestParam Moderation decision,
			@RequestParam(required = false) String publicText, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			replies.moderate(id, decision, publicText, actor);
			redirect.addFlashAttribute("flash", "cases.done.moderated");
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/cases/" + ref;
	}

	@PostMapping("/cases/{ref}/publication")
	String publication(@PathVariable String ref, @RequestParam long version, @RequestParam Tier tier,
			@RequestParam(required = false) LocalDate embargo, @RequestParam(required = false) String publicTitle,
			@RequestParam(required = false) String publicStory, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			publication.publication(ref, version, tier, embargo, publicTitle, publicStory, actor);
			redirect.addFlashAttribute("flash", "cases.done.publication");
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("problem", ex.code());
			model.addAttribute("publicationErrors", fieldCodes(ex));
			model.addAttribute("publicTitle", publicTitle);
			model.addAttribute("publicStory", publicStory);
			return page.render(ref, actor, model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/cases/" + ref;
	}

	private static Map<String, String> fieldCodes(InvalidInputException ex) {
		return ex.fields().stream()
			.collect(Collectors.toMap(InvalidInputException.Field::field, InvalidInputException.Field::code,
					(a, b) -> a));
	}
}
