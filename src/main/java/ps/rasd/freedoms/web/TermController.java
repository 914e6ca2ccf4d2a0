package ps.rasd.freedoms.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.freedoms.FreedomsVocabularies;
import ps.rasd.freedoms.TermKind;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;

/** The administrators' pages of the vocabularies: add entries, change labels and HURIDOCS mappings. */
@Controller
class TermController {

	private final FreedomsVocabularies vocabularies;

	TermController(FreedomsVocabularies vocabularies) {
		this.vocabularies = vocabularies;
	}

	@GetMapping("/admin/freedoms/terms")
	String list(@RequestParam(defaultValue = "EVENT_TYPE") TermKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", TermKind.values());
		model.addAttribute("entries", vocabularies.terms(kind));
		return "freedoms/terms";
	}

	@PostMapping("/admin/freedoms/terms")
	String add(@RequestParam TermKind kind, @RequestParam String code, @RequestParam String labelAr,
			@RequestParam(required = false) String labelEn, @RequestParam(required = false) String huridocsCode,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			vocabularies.add(kind, code, new LocalizedText(labelAr, EventForm.blank(labelEn)), huridocsCode, actor);
			redirect.addFlashAttribute("flash", "freedoms.term.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.fields().isEmpty() ? ex.code() : ex.fields().get(0).code());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/admin/freedoms/terms?kind=" + kind;
	}

	@PostMapping("/admin/freedoms/terms/{id}")
	String relabel(@PathVariable long id, @RequestParam TermKind kind, @RequestParam String labelAr,
			@RequestParam(required = false) String labelEn, @RequestParam(required = false) String huridocsCode,
			@RequestParam(defaultValue = "false") boolean active, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			vocabularies.relabel(id, new LocalizedText(labelAr, EventForm.blank(labelEn)), huridocsCode, active, actor);
			redirect.addFlashAttribute("flash", "freedoms.term.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.fields().isEmpty() ? ex.code() : ex.fields().get(0).code());
		}
		return "redirect:/admin/freedoms/terms?kind=" + kind;
	}
}
