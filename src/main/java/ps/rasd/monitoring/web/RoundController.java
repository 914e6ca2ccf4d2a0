package ps.rasd.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.forms.FormsManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.monitoring.AssignmentSummary;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.RoundPlanning;
import ps.rasd.monitoring.RoundSummary;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;

/** Rounds and assignments: coordinators plan and assign; monitors start the visits they were given. */
@Controller
class RoundController {

	private final RoundPlanning planning;

	private final MonitoringManagement monitoring;

	private final FormsManagement forms;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final IdentityManagement identity;

	RoundController(RoundPlanning planning, MonitoringManagement monitoring, FormsManagement forms,
			RegistryManagement registry, GeographyManagement geography, IdentityManagement identity) {
		this.planning = planning;
		this.monitoring = monitoring;
		this.forms = forms;
		this.registry = registry;
		this.geography = geography;
		this.identity = identity;
	}

	@GetMapping("/rounds")
	String list(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("rounds", planning.rounds(actor));
		model.addAttribute("forms", forms.forms().stream().filter(f -> f.current().isPresent()).toList());
		model.addAttribute("governorates", geography.governorates().stream().filter(g -> actor.manages(g.code()))
			.toList());
		model.addAttribute("formTitles", forms.forms().stream().collect(Collectors.toMap(f -> f.id(), f -> f.title())));
		return "monitoring/rounds";
	}

	@PostMapping("/rounds")
	String create(@RequestParam String nameAr, @RequestParam(required = false) String nameEn, @RequestParam long formId,
			@RequestParam(required = false) Set<String> governorates,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			RoundSummary round = planning.create(new LocalizedText(nameAr, nameEn), formId,
					governorates == null ? Set.of() : governorates, startsOn, endsOn, actor);
			redirect.addFlashAttribute("flash", "monitoring.round.created");
			return "redirect:/rounds/" + round.id();
		}
		catch (DomainException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex instanceof DomainException d ? d.code() : "monitoring.round.name");
			return "redirect:/rounds";
		}
	}

	@GetMapping("/rounds/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		RoundSummary round = planning.round(id, actor);
		List<AssignmentSummary> assignments = planning.assignments(id, actor);
		String sector = forms.form(round.formId()).sectorCode();
		model.addAttribute("round", round);
		model.addAttribute("form", forms.form(round.formId()));
		model.addAttribute("assignments", assignments);
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("facilityNames", registry.facilities(assignments.stream().map(AssignmentSummary::facilityId)
			.toList()).entrySet().stream().collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue().name())));
		Set<String> managed = round.governorates().stream().filter(actor::manages).collect(Collectors.toSet());
		List<AccountSummary> monitors = identity.withRoleIn(Role.MONITOR, managed);
		model.addAttribute("monitors", monitors);
		model.addAttribute("monitorNames", identity.withRoleIn(Role.MONITOR, round.governorates()).stream()
			.collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName)));
		model.addAttribute("facilities", managed.stream()
			.flatMap(g -> registry.facilities(new FacilityQuery(g, sector, null, null, null), 0, 200).items().stream())
			.toList());
		return "monitoring/round";
	}

	@PostMapping("/rounds/{id}/assignments")
	String assign(@PathVariable long id, @RequestParam long monitorId,
			@RequestParam(required = false) List<Long> facilityIds,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			int made = planning.assign(id, monitorId, facilityIds == null ? List.of() : facilityIds, dueOn, actor);
			redirect.addFlashAttribute("flash", "monitoring.assignment.made");
			redirect.addFlashAttribute("made", made);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/rounds/" + id;
	}

	@PostMapping("/assignments/{id}/start")
	String start(@PathVariable long id, @RequestParam String idempotencyKey,
			@AuthenticationPrincipal RasdPrincipal actor) {
		VisitSummary visit = monitoring.startAssigned(id, idempotencyKey, actor);
		return "redirect:/visits/" + visit.id() + (visit.status().editable() ? "/edit" : "");
	}
}
