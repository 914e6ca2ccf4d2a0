package ps.rasd.advocacy.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.advocacy.CampaignDraft;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.CitationKind;
import ps.rasd.advocacy.Commitments;
import ps.rasd.advocacy.CommitmentStatus;
import ps.rasd.advocacy.DecisionMakers;
import ps.rasd.advocacy.EvidenceBase;
import ps.rasd.advocacy.OutcomeKind;
import ps.rasd.advocacy.PositionPapers;
import ps.rasd.advocacy.TargetKind;
import ps.rasd.advocacy.web.CampaignForms.CommitmentForm;
import ps.rasd.advocacy.web.CampaignForms.MeetingForm;
import ps.rasd.advocacy.web.CampaignForms.MilestoneForm;
import ps.rasd.advocacy.web.CampaignForms.OutcomeForm;
import ps.rasd.advocacy.web.CampaignForms.SettleForm;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.OrganisationKind;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/**
 * A campaign on the advocacy desk: its facts, targets, timeline, outcomes and partners, its evidence base with the
 * citation search, its papers, meetings and commitments with their scorecard.
 */
@Controller
class CampaignDeskController {

	private final CampaignManagement campaigns;

	private final EvidenceBase evidence;

	private final PositionPapers papers;

	private final Commitments commitments;

	private final RegistryManagement registry;

	private final NetworkManagement network;

	private final DecisionMakers decisionMakers;

	CampaignDeskController(CampaignManagement campaigns, EvidenceBase evidence, PositionPapers papers,
			Commitments commitments, RegistryManagement registry, NetworkManagement network,
			DecisionMakers decisionMakers) {
		this.decisionMakers = decisionMakers;
		this.campaigns = campaigns;
		this.evidence = evidence;
		this.papers = papers;
		this.commitments = commitments;
		this.registry = registry;
		this.network = network;
	}

	@GetMapping("/advocacy/campaigns/new")
	String blank(Model model) {
		model.addAttribute("draft", new CampaignDraft("", "", "", "", "", "", "", "", "", null, null, false));
		return facts(model);
	}

	@PostMapping("/advocacy/campaigns")
	String create(@Valid @ModelAttribute("draft") CampaignDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return facts(model);
		}
		try {
			CampaignView made = campaigns.create(draft, false, actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/campaigns/" + made.id();
		}
		catch (DomainException ex) {
			LawDeskController.reject(errors, ex);
			return facts(model);
		}
	}

	@GetMapping("/advocacy/campaigns/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		CampaignView c = campaigns.forStaff(id, actor);
		model.addAttribute("campaign", c);
		model.addAttribute("draft", c.draft());
		return facts(model);
	}

	@PostMapping("/advocacy/campaigns/{id}")
	String describe(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("draft") CampaignDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		CampaignView c = campaigns.forStaff(id, actor);
		model.addAttribute("campaign", c);
		if (errors.hasErrors()) {
			return facts(model);
		}
		try {
			campaigns.describe(id, version, draft, actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/campaigns/" + id;
		}
		catch (DomainException ex) {
			LawDeskController.reject(errors, ex);
			return facts(model);
		}
	}

	@GetMapping("/advocacy/campaigns/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String who, @RequestParam(required = false) String met,
			@RequestParam(required = false) String body, @AuthenticationPrincipal RasdPrincipal actor, Locale locale,
			Model model) {
		if (who != null && !who.isBlank()) {
			model.addAttribute("who", who);
			model.addAttribute("targetPicks", decisionMakers.targets(who, actor, locale));
		}
		if (met != null && !met.isBlank()) {
			model.addAttribute("met", met);
			model.addAttribute("peoplePicks", people(decisionMakers.find(met, actor, locale)));
		}
		if (body != null && !body.isBlank()) {
			model.addAttribute("body", body);
			model.addAttribute("bodyPicks", decisionMakers.bodies(body, actor, locale));
		}
		if (q != null && !q.isBlank()) {
			model.addAttribute("q", q);
			try {
				model.addAttribute("found", evidence.find(q, actor, locale));
			}
			catch (DomainException ex) {
				model.addAttribute("searchProblem", ex.code());
			}
		}
		return page(id, actor, locale, model);
	}

	/**
	 * What a campaign may target found by name (decision makers, bodies, instruments, sectors), as the part of the
	 * page that lists them (htmx).
	 */
	@GetMapping("/advocacy/campaigns/{id}/decision-makers")
	String decisionMakers(@PathVariable long id, @RequestParam(required = false) String who,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		model.addAttribute("campaign", campaigns.forStaff(id, actor));
		model.addAttribute("targetPicks", who == null || who.isBlank() ? null : decisionMakers.targets(who, actor, locale));
		return "advocacy/picker :: targets";
	}

	/** The people found by name for a meeting form, as the part of the page that lists them (htmx). */
	@GetMapping("/advocacy/campaigns/{id}/people-met")
	String peopleMet(@PathVariable long id, @RequestParam(required = false) String met,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		campaigns.forStaff(id, actor);
		model.addAttribute("peoplePicks",
				met == null || met.isBlank() ? null : people(decisionMakers.find(met, actor, locale)));
		return "advocacy/picker :: people";
	}

	/** The bodies found by name for a meeting form, each a choice of its body (htmx). */
	@GetMapping("/advocacy/campaigns/{id}/bodies")
	String bodies(@PathVariable long id, @RequestParam(required = false) String body,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		campaigns.forStaff(id, actor);
		model.addAttribute("bodyPicks", body == null || body.isBlank() ? null : decisionMakers.bodies(body, actor, locale));
		return "advocacy/picker :: bodies";
	}

	static List<DecisionMakers.Found> people(List<DecisionMakers.Found> found) {
		return found.stream().filter(f -> f.kind() == TargetKind.PERSON).toList();
	}

	@PostMapping("/advocacy/campaigns/{id}/publish")
	String publish(@PathVariable long id, @RequestParam boolean published,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		campaigns.publish(id, published, actor);
		redirect.addFlashAttribute("flash", published ? "advocacy.published" : "advocacy.withdrawn");
		return "redirect:/advocacy/campaigns/" + id;
	}

	@PostMapping("/advocacy/campaigns/{id}/targets")
	String target(@PathVariable long id, @RequestParam TargetKind kind, @RequestParam String ref,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			campaigns.target(id, kind, ref, actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "advocacy.target.invalid");
		}
		return "redirect:/advocacy/campaigns/" + id + "#targets";
	}

	@PostMapping("/advocacy/campaigns/{id}/targets/{targetId}/delete")
	String untarget(@PathVariable long id, @PathVariable long targetId, @AuthenticationPrincipal RasdPrincipal actor) {
		campaigns.untarget(id, targetId, actor);
		return "redirect:/advocacy/campaigns/" + id + "#targets";
	}

	@PostMapping("/advocacy/campaigns/{id}/milestones")
	String milestone(@PathVariable long id, @ModelAttribute MilestoneForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			campaigns.addMilestone(id, form.title(), form.dueOn(), actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/campaigns/" + id + "#timeline";
		}
		catch (DomainException ex) {
			Forms.keep(model, "milestoneForm", form, ex);
			return page(id, actor, locale, model);
		}
	}

	@PostMapping("/advocacy/campaigns/{id}/milestones/{milestoneId}")
	String reached(@PathVariable long id, @PathVariable long milestoneId, @RequestParam boolean done,
			@AuthenticationPrincipal RasdPrincipal actor) {
		campaigns.completeMilestone(id, milestoneId, done, actor);
		return "redirect:/advocacy/campaigns/" + id + "#timeline";
	}

	@PostMapping("/advocacy/campaigns/{id}/outcomes")
	String outcome(@PathVariable long id, @ModelAttribute OutcomeForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			campaigns.addOutcome(id, form.kind(), form.text(), form.source(), form.onDate(), actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/campaigns/" + id + "#outcomes";
		}
		catch (DomainException ex) {
			Forms.keep(model, "outcomeForm", form, ex);
			return page(id, actor, locale, model);
		}
	}

	@PostMapping("/advocacy/campaigns/{id}/partners")
	String signOn(@PathVariable long id, @RequestParam long organisationId,
			@AuthenticationPrincipal RasdPrincipal actor) {
		campaigns.signOn(id, organisationId, actor);
		return "redirect:/advocacy/campaigns/" + id + "#partners";
	}

	@PostMapping("/advocacy/campaigns/{id}/partners/{organisationId}/delete")
	String signOff(@PathVariable long id, @PathVariable long organisationId,
			@AuthenticationPrincipal RasdPrincipal actor) {
		campaigns.signOff(id, organisationId, actor);
		return "redirect:/advocacy/campaigns/" + id + "#partners";
	}

	@PostMapping("/advocacy/campaigns/{id}/citations")
	String cite(@PathVariable long id, @RequestParam CitationKind kind, @RequestParam String ref,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, RedirectAttributes redirect) {
		try {
			evidence.cite(id, kind, ref, actor, locale);
			redirect.addFlashAttribute("flash", "advocacy.citation.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/advocacy/campaigns/" + id + "#evidence";
	}

	@PostMapping("/advocacy/campaigns/{id}/citations/{citationId}/delete")
	String uncite(@PathVariable long id, @PathVariable long citationId, @AuthenticationPrincipal RasdPrincipal actor) {
		evidence.uncite(id, citationId, actor);
		return "redirect:/advocacy/campaigns/" + id + "#evidence";
	}

	@PostMapping("/advocacy/campaigns/{id}/meetings")
	String meeting(@PathVariable long id, @ModelAttribute MeetingForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, RedirectAttributes redirect) {
		Map<String, String> missing = new java.util.LinkedHashMap<>();
		if (form.onDate() == null) {
			missing.put("onDate", "advocacy.date.required");
		}
		if (form.place() == null || form.place().isBlank()) {
			missing.put("place", "advocacy.required");
		}
		if (!missing.isEmpty()) {
			model.addAttribute("meetingForm", form);
			model.addAttribute("meetingFormErrors", missing);
			return page(id, actor, locale, model);
		}
		try {
			commitments.recordMeeting(id, form.draft(), actor);
			redirect.addFlashAttribute("flash", "advocacy.meeting.saved");
			return "redirect:/advocacy/campaigns/" + id + "#meetings";
		}
		catch (DomainException ex) {
			Forms.keep(model, "meetingForm", form, ex);
			return page(id, actor, locale, model);
		}
	}

	@PostMapping("/advocacy/campaigns/{id}/commitments")
	String commit(@PathVariable long id, @ModelAttribute CommitmentForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			if (form.meetingId() == null) {
				throw new ps.rasd.shared.InvalidInputException("advocacy.commitment.invalid",
						Map.of("meetingId", "advocacy.required"));
			}
			commitments.commit(form.meetingId(), form.personId(), form.authorityId(), form.maker(), form.promise(),
					form.dueOn(), actor);
			redirect.addFlashAttribute("flash", "advocacy.commitment.saved");
			return "redirect:/advocacy/campaigns/" + id + "#commitments";
		}
		catch (DomainException ex) {
			Forms.keep(model, "commitmentForm", form, ex);
			return page(id, actor, locale, model);
		}
	}

	@PostMapping("/advocacy/campaigns/{id}/commitments/status")
	String settle(@PathVariable long id, @ModelAttribute SettleForm form, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			commitments.settle(form.commitmentId(), form.version(), form.status(), form.source(), actor);
			redirect.addFlashAttribute("flash", "advocacy.commitment.saved");
			return "redirect:/advocacy/campaigns/" + id + "#commitments";
		}
		catch (DomainException ex) {
			Forms.keep(model, "settleForm", form, ex);
			return page(id, actor, locale, model);
		}
	}

	private String page(long id, RasdPrincipal actor, Locale locale, Model model) {
		CampaignView c = campaigns.forStaff(id, actor);
		model.addAttribute("campaign", c);
		model.addAttribute("targets", campaigns.targets(id, actor, locale));
		model.addAttribute("milestones", campaigns.milestones(id));
		model.addAttribute("outcomes", campaigns.outcomes(id));
		model.addAttribute("partners", campaigns.partners(id));
		model.addAttribute("evidence", evidence.evidence(id, actor, locale));
		model.addAttribute("papers", papers.papers(id, actor));
		model.addAttribute("meetings", commitments.meetings(id, actor));
		model.addAttribute("commitments", commitments.commitments(id, actor));
		model.addAttribute("metPeople", commitments.peopleMet(id, actor));
		MeetingForm typed = (MeetingForm) model.getAttribute("meetingForm");
		model.addAttribute("chosenPeople", commitments.people(typed == null ? null : typed.people(), actor));
		model.addAttribute("scorecard", commitments.scorecard(c, actor, locale));
		model.addAttribute("organisations", network.organisations(OrganisationKind.PARTNER));
		model.addAttribute("authorities", registry.authorities());
		model.addAttribute("targetKinds", TargetKind.values());
		model.addAttribute("outcomeKinds", OutcomeKind.values());
		model.addAttribute("statuses", CommitmentStatus.values());
		defaults(model);
		return "advocacy/campaign-desk";
	}

	private static void defaults(Model model) {
		List.of("milestoneForm", "outcomeForm", "meetingForm", "commitmentForm", "settleForm").forEach(name -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, switch (name) {
					case "milestoneForm" -> new MilestoneForm(null, null);
					case "outcomeForm" -> new OutcomeForm(null, null, null, null);
					case "meetingForm" -> new MeetingForm(null, null, null, null, null, null, null, null, null);
					case "commitmentForm" -> new CommitmentForm(null, null, null, null, null, null);
					default -> new SettleForm(null, 0, null, null);
				});
				model.addAttribute(name + "Errors", Map.of());
			}
		});
	}

	private String facts(Model model) {
		model.addAttribute("sectors", registry.sectors());
		return "advocacy/campaign-editor";
	}
}
