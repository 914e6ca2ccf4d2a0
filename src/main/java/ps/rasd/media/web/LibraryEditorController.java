package ps.rasd.media.web;

import java.io.IOException;
import java.time.LocalDate;

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

import ps.rasd.media.LibraryImports;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.LibraryQuery;
import ps.rasd.media.PublicationDraft;
import ps.rasd.media.PublicationKind;
import ps.rasd.media.PublicationView;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** The editors' library: describe a publication, upload its PDF, publish or withdraw it. */
@Controller
class LibraryEditorController {

	private final LibraryManagement library;

	private final LibraryImports imports;

	LibraryEditorController(LibraryManagement library, LibraryImports imports) {
		this.library = library;
		this.imports = imports;
	}

	@GetMapping("/editorial/library")
	String desk(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("publications", library.list(LibraryQuery.ALL, actor, 0, 50).items());
		model.addAttribute("offers", imports.offers(actor));
		return form(new PublicationDraft("", PublicationKind.STUDY, "", "", "", LocalDate.now(), "ar", "", "", "", "",
				"", ""), null, model);
	}

	@PostMapping("/editorial/library")
	String create(@Valid @ModelAttribute("draft") PublicationDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("publications", library.list(LibraryQuery.ALL, actor, 0, 50).items());
			return form(draft, null, model);
		}
		try {
			PublicationView made = library.create(draft, false, actor);
			redirect.addFlashAttribute("flash", "media.publication.saved");
			return "redirect:/editorial/library/" + made.id();
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			model.addAttribute("publications", library.list(LibraryQuery.ALL, actor, 0, 50).items());
			return form(draft, null, model);
		}
	}

	/** Takes a document Rasd printed (a poll's results, a periodic report) into the library as a draft, in one step. */
	@PostMapping("/editorial/library/import")
	String take(@RequestParam String source, @RequestParam String key, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			PublicationView made = imports.take(source, key, actor);
			redirect.addFlashAttribute("flash", "media.library.import.done");
			return "redirect:/editorial/library/" + made.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/editorial/library";
		}
	}

	@GetMapping("/editorial/library/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		PublicationView p = library.forEditor(id, actor);
		return form(new PublicationDraft(p.slug(), p.kind(), p.titleAr(), p.titleEn(), p.authors(), p.issuedOn(),
				p.language(), String.join(", ", p.topics()), p.sectorCode(), String.join(", ", p.governorates()),
				p.abstractAr(), p.abstractEn(), String.join("\n", p.links())), p, model);
	}

	@PostMapping("/editorial/library/{id}")
	String describe(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("draft") PublicationDraft draft, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		PublicationView p = library.forEditor(id, actor);
		if (errors.hasErrors()) {
			return form(draft, p, model);
		}
		try {
			library.describe(id, version, draft, actor);
			redirect.addFlashAttribute("flash", "media.publication.saved");
			return "redirect:/editorial/library/" + id;
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			return form(draft, p, model);
		}
	}

	@PostMapping("/editorial/library/{id}/file")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		try {
			library.upload(id, file.getInputStream(), actor);
			redirect.addFlashAttribute("flash", "media.publication.file-saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/editorial/library/" + id;
	}

	@PostMapping("/editorial/library/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			library.publish(id, actor);
			redirect.addFlashAttribute("flash", "media.article.published");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/editorial/library/" + id;
	}

	@PostMapping("/editorial/library/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		library.withdraw(id, actor);
		redirect.addFlashAttribute("flash", "media.article.withdrawn");
		return "redirect:/editorial/library/" + id;
	}

	private String form(PublicationDraft draft, PublicationView publication, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("publication", publication);
		model.addAttribute("kinds", PublicationKind.values());
		return "media/library-editor";
	}
}
