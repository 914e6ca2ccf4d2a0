package ps.rasd.activities.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivityFigures;
import ps.rasd.activities.ActivityKind;
import ps.rasd.activities.ActivityStatus;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.Certificates;
import ps.rasd.activities.FigureFilter;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.Formats;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/** Staff pages of activities: the list, the form, one activity (sessions, status, attendees, certificates, report). */
@Controller
class ActivityController {

	private final ActivitiesManagement activities;

	private final Certificates certificates;

	private final ActivityFigures figures;

	private final GeographyManagement geography;

	private final MessageSource messages;

	private final AfterActivityModel after;

	ActivityController(ActivitiesManagement activities, Certificates certificates, ActivityFigures figures,
			GeographyManagement geography, MessageSource messages, AfterActivityModel after) {
		this.activities = activities;
		this.after = after;
		this.certificates = certificates;
		this.figures = figures;
		this.geography = geography;
		this.messages = messages;
	}

	@GetMapping("/activities")
	String list(@RequestParam(required = false) String governorate, @RequestParam(required = false) String kind,
			@RequestParam(required = false) ActivityStatus status, @AuthenticationPrincipal RasdPrincipal actor,
			Model model) {
		model.addAttribute("activities", activities.activities(governorate, kind, status, actor));
		model.addAttribute("governorate", governorate);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("kinds", activities.kinds());
		return "activities/list";
	}

	@GetMapping("/activities/new")
	String newActivity(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		if (!activities.writesAny(actor)) {
			throw new ForbiddenException("activities.forbidden");
		}
		return form(ActivityForm.empty(), null, Map.of(), model);
	}

	private String form(ActivityForm form, ActivitySummary editing, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("kinds", activities.kinds().stream().filter(ActivityKind::active).toList());
		return "activities/form";
	}

	@PostMapping("/activities")
	String create(@ModelAttribute ActivityForm form, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			RedirectAttributes redirect) {
		try {
			ActivitySummary created = activities.create(form.details(), actor);
			redirect.addFlashAttribute("flash", "activities.activity.created");
			return "redirect:/activities/" + created.id();
		}
		catch (InvalidInputException ex) {
			return form(form, null, EventPagesController.errors(ex), model);
		}
	}

	@GetMapping("/activities/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String name,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		ActivitySummary activity = activities.activity(id, actor);
		model.addAttribute("activity", activity);
		model.addAttribute("writer", activities.writes(activity.details().governorateCode(), actor));
		boolean attendees = activities.readsAttendees(activity, actor);
		model.addAttribute("readsAttendees", attendees);
		model.addAttribute("attendees", attendees ? activities.attendees(id, name, actor) : java.util.List.of());
		model.addAttribute("name", name);
		model.addAttribute("governorateName", geography.governorate(activity.details().governorateCode())
			.map(g -> g.name()).orElse(null));
		after.fill(activity, actor, model);
		return "activities/activity";
	}

	@GetMapping("/activities/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		ActivitySummary activity = activities.activity(id, actor);
		if (!activities.writes(activity.details().governorateCode(), actor)) {
			throw new ForbiddenException("activities.forbidden");
		}
		return form(ActivityForm.of(activity.details()), activity, Map.of(), model);
	}

	@PostMapping("/activities/{id}/edit")
	String update(@PathVariable long id, @RequestParam long version, @ModelAttribute ActivityForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		try {
			activities.update(id, version, form.details(), actor);
			redirect.addFlashAttribute("flash", "activities.activity.saved");
			return "redirect:/activities/" + id;
		}
		catch (InvalidInputException ex) {
			return form(form, activities.activity(id, actor), EventPagesController.errors(ex), model);
		}
	}

	@PostMapping("/activities/{id}/status")
	String move(@PathVariable long id, @RequestParam long version, @RequestParam ActivityStatus status,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			activities.move(id, version, status, actor);
			redirect.addFlashAttribute("flash", "activities.activity.moved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/sessions")
	String addSession(@PathVariable long id, @RequestParam(required = false) String day,
			@RequestParam(required = false) String starts, @RequestParam(required = false) String ends,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			LocalDate date = LocalDate.parse(day.strip());
			activities.addSession(id, date.atTime(LocalTime.parse(starts.strip())).atZone(Formats.ZONE).toInstant(),
					date.atTime(LocalTime.parse(ends.strip())).atZone(Formats.ZONE).toInstant(), actor);
			redirect.addFlashAttribute("flash", "activities.session.added");
		}
		catch (DateTimeParseException | NullPointerException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "activities.session.invalid");
			redirect.addFlashAttribute("sessionDay", day);
			redirect.addFlashAttribute("sessionStarts", starts);
			redirect.addFlashAttribute("sessionEnds", ends);
		}
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/sessions/{session}/delete")
	String removeSession(@PathVariable long id, @PathVariable long session, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			activities.removeSession(id, session, actor);
			redirect.addFlashAttribute("flash", "activities.session.removed");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String outcomes,
			@RequestParam(required = false) String publicReport, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		activities.report(id, outcomes, publicReport, actor);
		redirect.addFlashAttribute("flash", "activities.activity.saved");
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/certificates")
	String issue(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			int issued = certificates.issue(id, actor);
			redirect.addFlashAttribute("flash", "activities.certificate.issued");
			redirect.addFlashAttribute("issued", issued);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/activities/" + id;
	}

	@GetMapping("/activities/figures")
	String figures(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String governorate, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String campaign, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		FigureFilter filter = new FigureFilter(from, to, governorate, kind, campaign);
		model.addAttribute("figures", figures.figures(filter, actor));
		model.addAttribute("filter", filter);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("kinds", activities.kinds());
		return "activities/figures";
	}

	@GetMapping("/activities/figures.xlsx")
	ResponseEntity<byte[]> figuresXlsx(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String governorate,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String campaign,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		byte[] xlsx = figures.xlsx(new FigureFilter(from, to, governorate, kind, campaign), actor,
				key -> messages.getMessage(key, null, locale));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("activities-figures.xlsx").build().toString())
			.body(xlsx);
	}

	@GetMapping("/activities/kinds")
	String kinds(Model model) {
		model.addAttribute("kinds", activities.kinds());
		return "activities/kinds";
	}

	@PostMapping("/activities/kinds")
	String saveKind(@RequestParam String code, @RequestParam String labelAr, @RequestParam String labelEn,
			@RequestParam(defaultValue = "false") boolean active, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			activities.saveKind(new ActivityKind(code.strip().toUpperCase(Locale.ROOT), labelAr, labelEn, active), actor);
			redirect.addFlashAttribute("flash", "activities.kind.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "activities.kind.invalid");
		}
		return "redirect:/activities/kinds";
	}
}
