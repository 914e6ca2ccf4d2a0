package ps.rasd.advocacy.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CommitmentView;
import ps.rasd.advocacy.Commitments;
import ps.rasd.advocacy.DecisionMakers;
import ps.rasd.advocacy.MeetingView;
import ps.rasd.advocacy.Outcome;
import ps.rasd.advocacy.OutcomeKind;
import ps.rasd.advocacy.web.CampaignForms.CommitmentForm;
import ps.rasd.advocacy.web.CampaignForms.MeetingForm;
import ps.rasd.advocacy.web.CampaignForms.OutcomeForm;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.Formats;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Corrects or deletes what a campaign's desk recorded: a meeting (with the decision makers found by name), a
 * commitment before any status was set for it, an outcome. Each change is audited by the facades.
 */
@Controller
class RecordEditController {

	private final CampaignManagement campaigns;

	private final Commitments commitments;

	private final DecisionMakers decisionMakers;

	private final RegistryManagement registry;

	RecordEditController(CampaignManagement campaigns, Commitments commitments, DecisionMakers decisionMakers,
			RegistryManagement registry) {
		this.campaigns = campaigns;
		this.commitments = commitments;
		this.decisionMakers = decisionMakers;
		this.registry = registry;
	}

	@GetMapping("/advocacy/meetings/{id}/edit")
	String meeting(@PathVariable long id, @RequestParam(required = false) String met,
			@RequestParam(required = false) String body, @AuthenticationPrincipal RasdPrincipal actor, Locale locale,
			Model model) {
		MeetingView m = commitments.meeting(id, actor);
		var held = m.heldAt().atZone(Formats.ZONE);
		MeetingForm form = new MeetingForm(held.toLocalDate(), held.toLocalTime(), m.place(), m.authorityId(),
				String.join(",", m.people().stream().map(String::valueOf).toList()), m.delegation(), m.asks(),
				String.join(",", m.evidence().stream().map(String::valueOf).toList()), m.minutes());
		if (met != null && !met.isBlank()) {
			model.addAttribute("met", met);
			model.addAttribute("peoplePicks", CampaignDeskController.people(decisionMakers.find(met, actor, locale)));
		}
		if (body != null && !body.isBlank()) {
			model.addAttribute("body", body);
			model.addAttribute("bodyPicks", decisionMakers.bodies(body, actor, locale));
		}
		return meetingPage(m, form, Map.of(), actor, model);
	}

	@PostMapping("/advocacy/meetings/{id}")
	String describeMeeting(@PathVariable long id, @ModelAttribute MeetingForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		MeetingView m = commitments.meeting(id, actor);
		try {
			commitments.describeMeeting(id, form.draft(), actor);
			redirect.addFlashAttribute("flash", "advocacy.meeting.saved");
			return "redirect:/advocacy/campaigns/" + m.campaignId() + "#meetings";
		}
		catch (DomainException ex) {
			return meetingPage(m, form, Forms.errors(ex), actor, model);
		}
	}

	@PostMapping("/advocacy/meetings/{id}/delete")
	String deleteMeeting(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		MeetingView m = commitments.meeting(id, actor);
		try {
			commitments.deleteMeeting(id, actor);
			redirect.addFlashAttribute("flash", "advocacy.meeting.deleted");
			return "redirect:/advocacy/campaigns/" + m.campaignId() + "#meetings";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/advocacy/meetings/" + id + "/edit";
		}
	}

	@GetMapping("/advocacy/commitments/{id}/edit")
	String commitment(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		CommitmentView c = commitment(id, actor);
		return commitmentPage(c, new CommitmentForm(c.meetingId(), c.personId(), c.authorityId(), c.maker(),
				c.promise(), c.dueOn()), Map.of(), actor, model);
	}

	@PostMapping("/advocacy/commitments/{id}")
	String changeCommitment(@PathVariable long id, @RequestParam long version, @ModelAttribute CommitmentForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		CommitmentView c = commitment(id, actor);
		try {
			commitments.changeCommitment(id, version, form.personId(), form.authorityId(), form.maker(), form.promise(),
					form.dueOn(), actor);
			redirect.addFlashAttribute("flash", "advocacy.commitment.saved");
			return "redirect:/advocacy/campaigns/" + c.campaignId() + "#commitments";
		}
		catch (DomainException ex) {
			return commitmentPage(c, form, Forms.errors(ex), actor, model);
		}
	}

	@PostMapping("/advocacy/commitments/{id}/delete")
	String deleteCommitment(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		CommitmentView c = commitment(id, actor);
		try {
			commitments.deleteCommitment(id, version, actor);
			redirect.addFlashAttribute("flash", "advocacy.commitment.deleted");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/advocacy/campaigns/" + c.campaignId() + "#commitments";
	}

	@GetMapping("/advocacy/campaigns/{id}/outcomes/{outcomeId}/edit")
	String outcome(@PathVariable long id, @PathVariable long outcomeId, @AuthenticationPrincipal RasdPrincipal actor,
			Model model) {
		Outcome o = outcome(id, outcomeId, actor);
		return outcomePage(id, o, new OutcomeForm(o.kind(), o.text(), o.source(), o.onDate()), Map.of(), actor, model);
	}

	@PostMapping("/advocacy/campaigns/{id}/outcomes/{outcomeId}")
	String changeOutcome(@PathVariable long id, @PathVariable long outcomeId, @ModelAttribute OutcomeForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		Outcome o = outcome(id, outcomeId, actor);
		try {
			campaigns.changeOutcome(id, outcomeId, form.kind(), form.text(), form.source(), form.onDate(), actor);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/campaigns/" + id + "#outcomes";
		}
		catch (DomainException ex) {
			return outcomePage(id, o, form, Forms.errors(ex), actor, model);
		}
	}

	@PostMapping("/advocacy/campaigns/{id}/outcomes/{outcomeId}/delete")
	String deleteOutcome(@PathVariable long id, @PathVariable long outcomeId,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		campaigns.deleteOutcome(id, outcomeId, actor);
		redirect.addFlashAttribute("flash", "advocacy.outcome.deleted");
		return "redirect:/advocacy/campaigns/" + id + "#outcomes";
	}

	private String meetingPage(MeetingView m, MeetingForm form, Map<String, String> errors, RasdPrincipal actor,
			Model model) {
		model.addAttribute("campaign", campaigns.forStaff(m.campaignId(), actor));
		model.addAttribute("meeting", m);
		model.addAttribute("meetingForm", form);
		model.addAttribute("meetingFormErrors", errors);
		model.addAttribute("chosenPeople", commitments.people(form.people(), actor));
		model.addAttribute("authorities", registry.authorities());
		return "advocacy/meeting-editor";
	}

	private CommitmentView commitment(long id, RasdPrincipal actor) {
		return commitments.commitment(id, actor);
	}

	private String commitmentPage(CommitmentView c, CommitmentForm form, Map<String, String> errors,
			RasdPrincipal actor, Model model) {
		model.addAttribute("campaign", campaigns.forStaff(c.campaignId(), actor));
		model.addAttribute("commitment", c);
		model.addAttribute("commitmentForm", form);
		model.addAttribute("commitmentFormErrors", errors);
		model.addAttribute("metPeople", commitments.peopleMet(c.campaignId(), actor));
		model.addAttribute("authorities", registry.authorities());
		return "advocacy/commitment-editor";
	}

	private Outcome outcome(long id, long outcomeId, RasdPrincipal actor) {
		campaigns.forStaff(id, actor);
		return campaigns.outcomes(id).stream().filter(o -> o.id() == outcomeId).findFirst()
			.orElseThrow(() -> new NotFoundException("advocacy.outcome.not-found", outcomeId));
	}

	private String outcomePage(long id, Outcome o, OutcomeForm form, Map<String, String> errors, RasdPrincipal actor,
			Model model) {
		model.addAttribute("campaign", campaigns.forStaff(id, actor));
		model.addAttribute("outcome", o);
		model.addAttribute("outcomeForm", form);
		model.addAttribute("outcomeFormErrors", errors);
		model.addAttribute("outcomeKinds", OutcomeKind.values());
		return "advocacy/outcome-editor";
	}
}
