package ps.rasd.monitoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.ReviewDecision;
import ps.rasd.monitoring.VisitCheck;
import ps.rasd.monitoring.VisitFile;
import ps.rasd.monitoring.VisitSaved;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.AccessFacts;

/** Visits on a phone-sized screen: start, fill with autosave, submit, review, and the list of one's visits. */
@Controller
class VisitController {

	private static final int PAGE_SIZE = 30;

	private final MonitoringManagement monitoring;

	private final RegistryManagement registry;

	private final FormsManagement forms;

	private final GeographyManagement geography;

	private final ps.rasd.monitoring.RoundPlanning planning;

	private final org.springframework.context.MessageSource messages;

	VisitController(MonitoringManagement monitoring, RegistryManagement registry, FormsManagement forms,
			GeographyManagement geography, ps.rasd.monitoring.RoundPlanning planning,
			org.springframework.context.MessageSource messages) {
		this.planning = planning;
		this.messages = messages;
		this.monitoring = monitoring;
		this.registry = registry;
		this.forms = forms;
		this.geography = geography;
	}

	@GetMapping("/visits")
	String list(@RequestParam(required = false) VisitStatus status, @RequestParam(required = false) String governorate,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		var result = monitoring.visits(status, governorate, null, page, PAGE_SIZE, actor);
		var assignments = planning.open(actor);
		model.addAttribute("visits", result);
		model.addAttribute("assignments", assignments);
		model.addAttribute("key", newKey());
		model.addAttribute("today", java.time.LocalDate.now());
		model.addAttribute("facilities", registry.facilities(java.util.stream.Stream.concat(
				result.items().stream().map(VisitSummary::facilityId),
				assignments.stream().map(a -> a.facilityId())).distinct().toList()));
		model.addAttribute("status", status);
		model.addAttribute("statuses", VisitStatus.values());
		model.addAttribute("governorate", governorate);
		model.addAttribute("governorates", geography.governorates().stream()
			.filter(g -> actor.reader().readsEverything() || actor.governorateCodes().contains(g.code()))
			.toList());
		model.addAttribute("pagePrefix", PageLinks.prefix("/visits", "status", status, "governorate", governorate));
		return "monitoring/visits";
	}

	/** Starting a visit is a POST that carries a key made when the button was shown: pressing twice is harmless. */
	@PostMapping("/facilities/{facilityId}/visits")
	String start(@PathVariable long facilityId, @RequestParam(required = false) Long formVersionId,
			@RequestParam String idempotencyKey, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			VisitSummary visit = monitoring.start(facilityId, formVersionId, idempotencyKey, actor);
			return "redirect:/visits/" + visit.id() + "/edit";
		}
		catch (ps.rasd.shared.ForbiddenException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/facilities/" + facilityId;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/facilities/" + facilityId;
		}
	}

	@GetMapping("/visits/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		VisitSummary visit = monitoring.visit(id, actor);
		if (!visit.status().editable() || visit.monitorId() != actor.accountId()) {
			return "redirect:/visits/" + id;
		}
		FormVersionSummary version = forms.version(visit.formVersionId());
		var check = version.definition().check(visit.answers(), false);
		return form(model, visit, version, visit.answers(), Map.of(), check.relevant());
	}

	@PostMapping("/visits/{id}")
	String save(@PathVariable long id, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		VisitSaved saved = monitoring.save(id, answers(request), files(request), "submit".equals(action), actor);
		VisitCheck result = saved.check();
		if (!saved.fileErrors().isEmpty() || saved.problem() != null) {
			VisitSummary visit = result.visit();
			FormVersionSummary version = forms.version(visit.formVersionId());
			if (saved.problem() != null) {
				model.addAttribute("problem", saved.problem().code());
				model.addAttribute("problemArgument",
						saved.problem().arguments().length > 0 ? saved.problem().arguments()[0] : "");
			}
			else {
				model.addAttribute("problem", "monitoring.visit.has-errors");
			}
			return form(model, visit, version, saved.answers(), saved.fileErrors(),
					version.definition().check(saved.answers(), false).relevant());
		}
		if (result.visit().status() == VisitStatus.SUBMITTED) {
			redirect.addFlashAttribute("flash", "monitoring.visit.submitted");
			return "redirect:/visits/" + id;
		}
		if (result.valid() && !"submit".equals(action)) {
			redirect.addFlashAttribute("flash", "monitoring.visit.saved");
			return "redirect:/visits/" + id + "/edit";
		}
		model.addAttribute("problem", "monitoring.visit.has-errors");
		return form(model, result.visit(), forms.version(result.visit().formVersionId()), saved.answers(),
				result.errors(), result.relevant());
	}

	/**
	 * Photos and files sent with the form (fields {@code file.<question>}, sealed when {@code seal.<question>} is
	 * ticked), handed to the facade with the answers.
	 */
	static List<VisitFile> files(HttpServletRequest request) {
		var multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
				org.springframework.web.multipart.MultipartHttpServletRequest.class);
		if (multipart == null) {
			return List.of();
		}
		List<VisitFile> files = new ArrayList<>();
		multipart.getFileMap().forEach((name, file) -> {
			if (!name.startsWith("file.") || file.isEmpty()) {
				return;
			}
			String question = name.substring(5);
			boolean seal = "on".equals(request.getParameter("seal." + question))
					|| "true".equals(request.getParameter("seal." + question));
			InputStream content;
			try {
				content = file.getInputStream();
			}
			catch (IOException ex) {
				content = null;
			}
			files.add(new VisitFile(question, content, seal));
		});
		return files;
	}

	/** The autosave of the visit page's script: saves the draft, answers what is asked now and what is wrong. */
	@PostMapping(path = "/visits/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> autosave(@PathVariable long id, HttpServletRequest request,
			@AuthenticationPrincipal RasdPrincipal actor, java.util.Locale locale) {
		VisitCheck result = monitoring.saveDraft(id, answers(request), actor);
		Map<String, String> errors = new LinkedHashMap<>();
		result.errors().forEach((question, error) -> errors.put(question, error.message() != null
				? error.message().in(locale)
				: messages.getMessage(error.code(), error.arguments().toArray(), error.code(), locale)));
		long answered = result.relevant().stream().filter(result.visit().answers()::containsKey).count();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("savedAt", result.visit().updatedAt().toString());
		body.put("relevant", result.relevant());
		body.put("errors", errors);
		body.put("answered", answered);
		body.put("asked", result.relevant().size());
		return body;
	}

	@GetMapping("/visits/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		VisitSummary visit = monitoring.visit(id, actor);
		FormVersionSummary version = forms.version(visit.formVersionId());
		model.addAttribute("visit", visit);
		model.addAttribute("version", version);
		model.addAttribute("facility", registry.facility(visit.facilityId()));
		model.addAttribute("canReview", visit.status() == VisitStatus.SUBMITTED && actor.manages(visit.governorateCode())
				&& visit.monitorId() != actor.accountId());
		model.addAttribute("canEdit", visit.status().editable() && visit.monitorId() == actor.accountId());
		model.addAttribute("canRequestCase", (visit.status() == VisitStatus.SUBMITTED
				|| visit.status() == VisitStatus.APPROVED)
				&& (actor.manages(visit.governorateCode()) || visit.monitorId() == actor.accountId()));
		model.addAttribute("caseRequests", monitoring.caseRequests(id));
		model.addAttribute("canShare", visit.status() == VisitStatus.APPROVED && actor.manages(visit.governorateCode()));
		model.addAttribute("tiers", ps.rasd.shared.Tier.values());
		model.addAttribute("indicatorNames", version.definition().indicators().stream()
			.collect(java.util.stream.Collectors.toMap(i -> i.code(), i -> i.name())));
		return "monitoring/visit";
	}

	@PostMapping("/visits/{id}/review")
	String review(@PathVariable long id, @RequestParam long version, @RequestParam ReviewDecision decision,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			monitoring.review(id, version, decision, comment, actor);
			redirect.addFlashAttribute("flash", "monitoring.review.done." + decision);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			redirect.addFlashAttribute("comment", comment);
		}
		return "redirect:/visits/" + id;
	}

	@PostMapping("/visits/{id}/share")
	String share(@PathVariable long id, @RequestParam long version, @RequestParam ps.rasd.shared.Tier tier,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate embargo,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			monitoring.share(id, version, tier,
					AccessFacts.startOf(embargo), actor);
			redirect.addFlashAttribute("flash", "monitoring.tier.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/visits/" + id;
	}

	@PostMapping("/visits/{id}/cases")
	String requestCase(@PathVariable long id, @RequestParam String indicator,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		monitoring.requestCase(id, indicator, actor);
		redirect.addFlashAttribute("flash", "monitoring.case.requested");
		return "redirect:/visits/" + id;
	}

	private String form(Model model, VisitSummary visit, FormVersionSummary version, Map<String, String> answers,
			Map<String, ?> errors, java.util.Set<String> relevant) {
		model.addAttribute("visit", visit);
		model.addAttribute("version", version);
		model.addAttribute("facility", registry.facility(visit.facilityId()));
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("relevant", relevant);
		model.addAttribute("asked", relevant.size());
		model.addAttribute("answered", relevant.stream().filter(answers::containsKey).count());
		return "monitoring/visit-form";
	}

	/** The answers in a request: fields named {@code a.<question>}; a multiple choice joined with spaces. */
	static Map<String, String> answers(HttpServletRequest request) {
		Map<String, String> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith("a.") && values != null) {
				answers.put(name.substring(2), String.join(" ", List.of(values)).strip());
			}
		});
		return answers;
	}

	/** A fresh key for the start button. */
	static String newKey() {
		return UUID.randomUUID().toString();
	}
}
