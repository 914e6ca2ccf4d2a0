package ps.rasd.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

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

import ps.rasd.media.ProductionDraft;
import ps.rasd.media.ProductionManagement;
import ps.rasd.media.ProductionPage;
import ps.rasd.media.ProductionView;
import ps.rasd.media.ReachEntry;
import ps.rasd.media.ReachImport;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The editors' media productions: describe one, attach its file, name its team, record performances and reach
 * (by hand or from a platform CSV), publish or withdraw it; add a kind to the list.
 */
@Controller
class ProductionEditorController {

	private static final String BACK = "redirect:/editorial/media/";

	private final ProductionManagement productions;

	ProductionEditorController(ProductionManagement productions) {
		this.productions = productions;
	}

	@GetMapping("/editorial/media")
	String desk(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		return form(new ProductionDraft("", "TV_REPORT", "", "", "", "", "", "", null, LocalDate.now(), ""), null,
				actor, model);
	}

	@PostMapping("/editorial/media")
	String create(@Valid @ModelAttribute("draft") ProductionDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(draft, null, actor, model);
		}
		try {
			ProductionView made = productions.create(draft, false, actor);
			redirect.addFlashAttribute("flash", "media.production.saved");
			return BACK + made.id();
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			return form(draft, null, actor, model);
		}
	}

	@GetMapping("/editorial/media/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		ProductionPage page = productions.forEditor(id, actor);
		ProductionView p = page.production();
		return form(new ProductionDraft(p.slug(), p.kind().code(), p.titleAr(), p.titleEn(), p.summaryAr(),
				p.summaryEn(), p.about(), p.partner(), p.producedOn(), p.releasedOn(), p.link()), page, actor, model);
	}

	@PostMapping("/editorial/media/{id}")
	String describe(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("draft") ProductionDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		ProductionPage page = productions.forEditor(id, actor);
		if (errors.hasErrors()) {
			return form(draft, page, actor, model);
		}
		try {
			productions.describe(id, version, draft, actor);
			redirect.addFlashAttribute("flash", "media.production.saved");
			return BACK + id;
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			return form(draft, page, actor, model);
		}
	}

	@PostMapping("/editorial/media/{id}/file")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			productions.attach(id, in, actor);
			return done(redirect, id, "media.production.file-saved");
		}
		catch (DomainException ex) {
			return failed(redirect, id, ex);
		}
	}

	@PostMapping("/editorial/media/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			productions.publish(id, actor);
			return done(redirect, id, "media.article.published");
		}
		catch (DomainException ex) {
			return failed(redirect, id, ex);
		}
	}

	@PostMapping("/editorial/media/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		productions.withdraw(id, actor);
		return done(redirect, id, "media.article.withdrawn");
	}

	@PostMapping("/editorial/media/{id}/team")
	String putMember(@PathVariable long id, @RequestParam long personId, @RequestParam(defaultValue = "") String role,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			productions.putMember(id, personId, role.length() > 100 ? role.substring(0, 100) : role, actor);
			return done(redirect, id, "media.production.saved");
		}
		catch (DomainException ex) {
			return failed(redirect, id, ex);
		}
	}

	@PostMapping("/editorial/media/{id}/team/{personId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long personId,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		productions.removeMember(id, personId, actor);
		return done(redirect, id, "media.production.saved");
	}

	@PostMapping("/editorial/media/{id}/performances")
	String addPerformance(@PathVariable long id, @RequestParam String venue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate performedOn,
			@RequestParam(defaultValue = "0") int audience, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			productions.addPerformance(id, venue, performedOn, audience, actor);
			return done(redirect, id, "media.production.saved");
		}
		catch (DomainException ex) {
			return failed(redirect, id, ex);
		}
	}

	@PostMapping("/editorial/media/{id}/performances/{performanceId}/remove")
	String removePerformance(@PathVariable long id, @PathVariable long performanceId,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		productions.removePerformance(id, performanceId, actor);
		return done(redirect, id, "media.production.saved");
	}

	@PostMapping("/editorial/media/{id}/reach")
	String recordReach(@PathVariable long id, @RequestParam String platform,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate countedOn,
			@RequestParam(defaultValue = "0") long views, @RequestParam(defaultValue = "0") long shares,
			@RequestParam(defaultValue = "0") long audience, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			productions.recordReach(id, new ReachEntry(platform, countedOn, views, shares, audience, false), actor);
			return done(redirect, id, "media.production.saved");
		}
		catch (DomainException ex) {
			return failed(redirect, id, ex);
		}
	}

	@PostMapping("/editorial/media/{id}/reach/import")
	String importReach(@PathVariable long id, @RequestParam String platform, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			ReachImport report = productions.importReach(id, platform, in, actor);
			redirect.addFlashAttribute("reachImport", report);
			return done(redirect, id, "media.reach.imported");
		}
		catch (DomainException ex) {
			return failed(redirect, id, ex);
		}
	}

	@PostMapping("/editorial/media/kinds")
	String addKind(@RequestParam String code, @RequestParam String nameAr, @RequestParam String nameEn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			productions.addKind(code, nameAr, nameEn, actor);
			redirect.addFlashAttribute("flash", "media.production.kind-added");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/editorial/media";
	}

	private static String done(RedirectAttributes redirect, long id, String code) {
		redirect.addFlashAttribute("flash", code);
		return BACK + id;
	}

	private static String failed(RedirectAttributes redirect, long id, DomainException ex) {
		redirect.addFlashAttribute("problem", ex.code());
		return BACK + id;
	}

	private String form(ProductionDraft draft, ProductionPage page, RasdPrincipal actor, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("page", page);
		model.addAttribute("production", page == null ? null : page.production());
		model.addAttribute("kinds", productions.kinds());
		if (page == null) {
			model.addAttribute("productions", productions.list(null, actor, 0, 50).items());
		}
		return "media/production-editor";
	}
}
