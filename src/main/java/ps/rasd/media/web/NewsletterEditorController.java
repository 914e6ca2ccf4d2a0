package ps.rasd.media.web;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.media.BlockKind;
import ps.rasd.media.IssueView;
import ps.rasd.media.NewsletterImport;
import ps.rasd.media.NewsletterManagement;
import ps.rasd.media.internal.IssueRenderer;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** The editors' newsletter: subscriber counts, issues composed of blocks, previews, sending, suppression. */
@Controller
class NewsletterEditorController {

	private final NewsletterManagement newsletter;

	private final IssueRenderer renderer;

	private final NewsletterImport imports;

	NewsletterEditorController(NewsletterManagement newsletter, IssueRenderer renderer, NewsletterImport imports) {
		this.newsletter = newsletter;
		this.renderer = renderer;
		this.imports = imports;
	}

	@GetMapping("/editorial/newsletter")
	String desk(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("counts", newsletter.subscriberCounts(actor));
		model.addAttribute("issues", newsletter.allIssues(actor));
		model.addAttribute("groups", imports.groups(actor));
		return "media/newsletter-desk";
	}

	/** Adds the consenting people of a network group or segment as confirmed subscribers. */
	@PostMapping("/editorial/newsletter/import")
	String importGroup(@RequestParam long group, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("imported", imports.fromGroup(group, actor));
		return "redirect:/editorial/newsletter";
	}

	@PostMapping("/editorial/newsletter/issues")
	String create(@RequestParam String subjectAr, @RequestParam(required = false) String subjectEn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			IssueView made = newsletter.createIssue(subjectAr, subjectEn, false, actor);
			return "redirect:/editorial/newsletter/issues/" + made.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/editorial/newsletter";
		}
	}

	@GetMapping("/editorial/newsletter/issues/{id}")
	String issue(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		IssueView issue = newsletter.forEditor(id, actor);
		model.addAttribute("issue", issue);
		model.addAttribute("counts", newsletter.counts(id, actor));
		model.addAttribute("kinds", BlockKind.values());
		return "media/issue-editor";
	}

	/** The issue as the mail's HTML part, for the preview (the unsubscribe link left as its placeholder). */
	@GetMapping(path = "/editorial/newsletter/issues/{id}/mail.html", produces = "text/html;charset=UTF-8")
	@org.springframework.web.bind.annotation.ResponseBody
	String mail(@PathVariable long id, @RequestParam(defaultValue = "ar") String lang,
			@AuthenticationPrincipal RasdPrincipal actor) {
		return renderer.html(newsletter.forEditor(id, actor), java.util.Locale.forLanguageTag(lang));
	}

	@PostMapping("/editorial/newsletter/issues/{id}/blocks")
	String addBlock(@PathVariable long id, @RequestParam BlockKind kind, @RequestParam(required = false) String bodyAr,
			@RequestParam(required = false) String bodyEn, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			newsletter.addBlock(id, kind, bodyAr, bodyEn, actor);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/editorial/newsletter/issues/" + id;
	}

	@PostMapping("/editorial/newsletter/issues/{id}/blocks/{position}/remove")
	String removeBlock(@PathVariable long id, @PathVariable int position,
			@AuthenticationPrincipal RasdPrincipal actor) {
		newsletter.removeBlock(id, position, actor);
		return "redirect:/editorial/newsletter/issues/" + id;
	}

	@PostMapping("/editorial/newsletter/issues/{id}/send")
	String send(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		newsletter.send(id, actor);
		redirect.addFlashAttribute("flash", "media.issue.queued");
		return "redirect:/editorial/newsletter/issues/" + id;
	}

	@PostMapping("/editorial/newsletter/suppress")
	String suppress(@RequestParam(defaultValue = "") String bounced, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		newsletter.suppress(Arrays.asList(bounced.split("[\\s,;]+")), null, actor);
		redirect.addFlashAttribute("flash", "media.newsletter.suppressed");
		return "redirect:/editorial/newsletter";
	}
}
