package ps.rasd.media.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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

import ps.rasd.media.ArticleDraft;
import ps.rasd.media.ArticleKind;
import ps.rasd.media.ArticleView;
import ps.rasd.media.MediaManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** The editors' desk for pages and news: write, preview, save a revision, publish, withdraw, restore. */
@Controller
class EditorialController {

	private static final ZoneId PALESTINE = ZoneId.of("Asia/Hebron");

	private final MediaManagement media;

	EditorialController(MediaManagement media) {
		this.media = media;
	}

	@GetMapping("/editorial")
	String desk(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("pages", media.list(ArticleKind.PAGE, actor, 0, 50).items());
		model.addAttribute("news", media.list(ArticleKind.NEWS, actor, 0, 50).items());
		return "media/desk";
	}

	@GetMapping("/editorial/articles/new")
	String blank(@RequestParam(defaultValue = "NEWS") ArticleKind kind, Model model) {
		model.addAttribute("draft", new ArticleDraft("", "", "", "", "", "", "", "", ""));
		model.addAttribute("kind", kind);
		return "media/editor";
	}

	@PostMapping("/editorial/articles")
	String create(@RequestParam ArticleKind kind, @Valid @ModelAttribute("draft") ArticleDraft draft,
			BindingResult errors, @RequestParam(required = false) String preview,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		model.addAttribute("kind", kind);
		if (preview != null || errors.hasErrors()) {
			return editor(draft, null, model);
		}
		try {
			ArticleView made = media.create(kind, draft, actor);
			redirect.addFlashAttribute("flash", "media.article.saved");
			return "redirect:/editorial/articles/" + made.id();
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			return editor(draft, null, model);
		}
	}

	@GetMapping("/editorial/articles/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		ArticleView article = media.forEditor(id, actor);
		model.addAttribute("kind", article.kind());
		model.addAttribute("revisions", media.revisions(id, actor));
		return editor(new ArticleDraft(article.slug(), article.titleAr(), article.titleEn(), article.summaryAr(),
				article.summaryEn(), article.bodyAr(), article.bodyEn(), String.join(", ", article.tags()),
				String.join("\n", article.links())), article, model);
	}

	@PostMapping("/editorial/articles/{id}")
	String save(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("draft") ArticleDraft draft,
			BindingResult errors, @RequestParam(required = false) String preview,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		ArticleView article = media.forEditor(id, actor);
		model.addAttribute("kind", article.kind());
		model.addAttribute("revisions", media.revisions(id, actor));
		if (preview != null || errors.hasErrors()) {
			return editor(draft, article, model);
		}
		try {
			media.save(id, version, draft, actor);
			redirect.addFlashAttribute("flash", "media.article.saved");
			return "redirect:/editorial/articles/" + id;
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			return editor(draft, article, model);
		}
	}

	@PostMapping("/editorial/articles/{id}/publish")
	String publish(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		media.publish(id, from == null ? null : from.atZone(PALESTINE).toInstant(), actor);
		redirect.addFlashAttribute("flash", "media.article.published");
		return "redirect:/editorial/articles/" + id;
	}

	@PostMapping("/editorial/articles/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		media.withdraw(id, actor);
		redirect.addFlashAttribute("flash", "media.article.withdrawn");
		return "redirect:/editorial/articles/" + id;
	}

	@PostMapping("/editorial/articles/{id}/restore")
	String restore(@PathVariable long id, @RequestParam int revision, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		media.restore(id, revision, actor);
		redirect.addFlashAttribute("flash", "media.article.restored");
		return "redirect:/editorial/articles/" + id;
	}

	@PostMapping("/editorial/articles/{id}/cover")
	String cover(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		try {
			media.cover(id, file.getInputStream(), actor);
			redirect.addFlashAttribute("flash", "media.cover.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/editorial/articles/" + id;
	}

	private String editor(ArticleDraft draft, ArticleView article, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("article", article);
		model.addAttribute("previewAr", media.preview(draft.bodyAr()));
		model.addAttribute("previewEn", media.preview(draft.bodyEn()));
		return "media/editor";
	}
}
