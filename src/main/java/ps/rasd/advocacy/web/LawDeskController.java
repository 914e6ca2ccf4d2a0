package ps.rasd.advocacy.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

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

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.Commitments;
import ps.rasd.advocacy.InstrumentDraft;
import ps.rasd.advocacy.InstrumentQuery;
import ps.rasd.advocacy.InstrumentView;
import ps.rasd.advocacy.Stance;
import ps.rasd.advocacy.TermList;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.OrganisationKind;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** The advocacy desk and the law tracker for the team: instruments, their stages, file, partners and the lists. */
@Controller
class LawDeskController {

	private final AdvocacyManagement tracker;

	private final CampaignManagement campaigns;

	private final Commitments commitments;

	private final RegistryManagement registry;

	private final NetworkManagement network;

	LawDeskController(AdvocacyManagement tracker, CampaignManagement campaigns, Commitments commitments,
			RegistryManagement registry, NetworkManagement network) {
		this.tracker = tracker;
		this.campaigns = campaigns;
		this.commitments = commitments;
		this.registry = registry;
		this.network = network;
	}

	@GetMapping("/advocacy")
	String desk(@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		model.addAttribute("instruments", tracker.list(InstrumentQuery.ALL, actor, 0, 100).items());
		model.addAttribute("campaigns", campaigns.list(actor));
		model.addAttribute("scorecard", commitments.scorecard(actor, locale));
		terms(model);
		return "advocacy/desk";
	}

	@GetMapping("/advocacy/laws/new")
	String blank(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		return form(new InstrumentDraft("", "LAW", "", "", "", null, null, "", "", "", "", "", "", null, "", ""), null,
				model);
	}

	@PostMapping("/advocacy/laws")
	String create(@Valid @ModelAttribute("draft") InstrumentDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(draft, null, model);
		}
		try {
			InstrumentView made = tracker.create(draft, false, actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/laws/" + made.id();
		}
		catch (DomainException ex) {
			reject(errors, ex);
			return form(draft, null, model);
		}
	}

	@GetMapping("/advocacy/laws/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		InstrumentView i = tracker.forStaff(id, actor);
		return form(i.draft(), i, model);
	}

	@PostMapping("/advocacy/laws/{id}")
	String describe(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("draft") InstrumentDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		InstrumentView i = tracker.forStaff(id, actor);
		if (errors.hasErrors()) {
			return form(draft, i, model);
		}
		try {
			tracker.describe(id, version, draft, actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/laws/" + id;
		}
		catch (DomainException ex) {
			reject(errors, ex);
			return form(draft, i, model);
		}
	}

	@PostMapping("/advocacy/laws/{id}/stages")
	String stage(@PathVariable long id, @ModelAttribute StageForm stage, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, RedirectAttributes redirect) {
		InstrumentView i = tracker.forStaff(id, actor);
		try {
			tracker.addStage(id, stage.stage(), stage.onDate(), stage.source(), stage.note(), actor);
			redirect.addFlashAttribute("flash", "advocacy.stage.saved");
			return "redirect:/advocacy/laws/" + id;
		}
		catch (DomainException ex) {
			Forms.keep(model, "stageForm", stage, ex);
			return form(i.draft(), i, model);
		}
	}

	@PostMapping("/advocacy/laws/{id}/stages/{stageId}/delete")
	String removeStage(@PathVariable long id, @PathVariable long stageId, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		tracker.removeStage(id, stageId, actor);
		redirect.addFlashAttribute("flash", "advocacy.saved");
		return "redirect:/advocacy/laws/" + id;
	}

	@PostMapping("/advocacy/laws/{id}/file")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		try {
			tracker.upload(id, file.getInputStream(), actor);
			redirect.addFlashAttribute("flash", "advocacy.instrument.file-saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/advocacy/laws/" + id;
	}

	@PostMapping("/advocacy/laws/{id}/publish")
	String publish(@PathVariable long id, @RequestParam boolean published,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		tracker.publish(id, published, actor);
		redirect.addFlashAttribute("flash", published ? "advocacy.published" : "advocacy.withdrawn");
		return "redirect:/advocacy/laws/" + id;
	}

	@PostMapping("/advocacy/laws/{id}/partners")
	String signOn(@PathVariable long id, @RequestParam long organisationId,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		tracker.signOn(id, organisationId, actor);
		redirect.addFlashAttribute("flash", "advocacy.saved");
		return "redirect:/advocacy/laws/" + id;
	}

	@PostMapping("/advocacy/laws/{id}/partners/{organisationId}/delete")
	String signOff(@PathVariable long id, @PathVariable long organisationId,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		tracker.signOff(id, organisationId, actor);
		redirect.addFlashAttribute("flash", "advocacy.saved");
		return "redirect:/advocacy/laws/" + id;
	}

	@PostMapping("/advocacy/terms")
	String term(@RequestParam TermList list, @RequestParam String code, @RequestParam String nameAr,
			@RequestParam(required = false) String nameEn, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			tracker.saveTerm(list, code, nameAr, nameEn, actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/advocacy#lists";
	}

	private String form(InstrumentDraft draft, InstrumentView instrument, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("instrument", instrument);
		model.addAttribute("stances", Stance.values());
		model.addAttribute("authorities", registry.authorities());
		terms(model);
		if (instrument != null) {
			model.addAttribute("stages", tracker.stages(instrument.id()));
			model.addAttribute("partners", tracker.partners(instrument.id()));
			model.addAttribute("organisations", network.organisations(OrganisationKind.PARTNER));
			if (!model.containsAttribute("stageForm")) {
				model.addAttribute("stageForm", StageForm.empty());
				model.addAttribute("stageFormErrors", java.util.Map.of());
			}
		}
		return "advocacy/law-editor";
	}

	private void terms(Model model) {
		Names.add(model, tracker, registry);
		model.addAttribute("termLists", List.of(TermList.values()));
	}

	static void reject(BindingResult errors, DomainException ex) {
		if (ex instanceof ps.rasd.shared.InvalidInputException invalid && !invalid.fields().isEmpty()) {
			invalid.fields().forEach(f -> errors.rejectValue(f.field(), f.code(), f.arguments().toArray(), f.code()));
		}
		else {
			errors.reject(ex.code(), ex.arguments(), ex.code());
		}
	}
}
