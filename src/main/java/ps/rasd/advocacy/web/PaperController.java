package ps.rasd.advocacy.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.EvidenceBase;
import ps.rasd.advocacy.PaperDraft;
import ps.rasd.advocacy.PaperKind;
import ps.rasd.advocacy.PaperView;
import ps.rasd.advocacy.PositionPapers;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** Writing a position paper or policy brief, and printing it as PDF. */
@Controller
class PaperController {

	private final PositionPapers papers;

	private final CampaignManagement campaigns;

	private final EvidenceBase evidence;

	PaperController(PositionPapers papers, CampaignManagement campaigns, EvidenceBase evidence) {
		this.papers = papers;
		this.campaigns = campaigns;
		this.evidence = evidence;
	}

	@GetMapping("/advocacy/campaigns/{id}/papers/new")
	String blank(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		return form(id, new PaperDraft(PaperKind.POSITION, locale.getLanguage().equals("en") ? "en" : "ar", "", ""),
				null, actor, locale, model);
	}

	@PostMapping("/advocacy/campaigns/{id}/papers")
	String write(@PathVariable long id, @Valid @ModelAttribute("draft") PaperDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(id, draft, null, actor, locale, model);
		}
		try {
			PaperView made = papers.write(id, draft, actor, locale);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/papers/" + made.id();
		}
		catch (DomainException ex) {
			LawDeskController.reject(errors, ex);
			return form(id, draft, null, actor, locale, model);
		}
	}

	@GetMapping("/advocacy/papers/{paperId}")
	String edit(@PathVariable long paperId, @AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		PaperView p = papers.paper(paperId, actor);
		return form(p.campaignId(), p.draft(), p, actor, locale, model);
	}

	@PostMapping("/advocacy/papers/{paperId}")
	String save(@PathVariable long paperId, @RequestParam long version,
			@Valid @ModelAttribute("draft") PaperDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, RedirectAttributes redirect) {
		PaperView p = papers.paper(paperId, actor);
		if (errors.hasErrors()) {
			return form(p.campaignId(), draft, p, actor, locale, model);
		}
		try {
			papers.save(paperId, version, draft, actor, locale);
			redirect.addFlashAttribute("flash", "advocacy.saved");
			return "redirect:/advocacy/papers/" + paperId;
		}
		catch (DomainException ex) {
			LawDeskController.reject(errors, ex);
			return form(p.campaignId(), draft, p, actor, locale, model);
		}
	}

	@GetMapping("/advocacy/papers/{paperId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long paperId, @AuthenticationPrincipal RasdPrincipal actor) {
		byte[] pdf = papers.pdf(paperId, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("paper-" + paperId + ".pdf").build().toString())
			.body(pdf);
	}

	private String form(long campaignId, PaperDraft draft, PaperView paper, RasdPrincipal actor, Locale locale,
			Model model) {
		model.addAttribute("campaign", campaigns.forStaff(campaignId, actor));
		model.addAttribute("draft", draft);
		model.addAttribute("paper", paper);
		model.addAttribute("kinds", PaperKind.values());
		model.addAttribute("evidence", evidence.evidence(campaignId, actor, locale));
		if (paper != null) {
			model.addAttribute("paperLayout", papers.layout(paper.id(), actor));
		}
		return "advocacy/paper-editor";
	}
}
