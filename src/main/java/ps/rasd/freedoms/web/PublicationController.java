package ps.rasd.freedoms.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.freedoms.EventFilter;
import ps.rasd.freedoms.FigureFilter;
import ps.rasd.freedoms.FreedomsFigures;
import ps.rasd.freedoms.FreedomsHandover;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;

/** Publishing a redacted copy (preview first), the internal figures and the export for a legal-aid partner. */
@Controller
class PublicationController {

	private final FreedomsManagement freedoms;

	private final FreedomsPublication publication;

	private final FreedomsFigures figures;

	private final FreedomsHandover handover;

	private final Choices choices;

	PublicationController(FreedomsManagement freedoms, FreedomsPublication publication, FreedomsFigures figures,
			FreedomsHandover handover, Choices choices) {
		this.freedoms = freedoms;
		this.publication = publication;
		this.figures = figures;
		this.handover = handover;
		this.choices = choices;
	}

	@GetMapping("/freedoms/{reference}/publish")
	String preview(@PathVariable String reference, @RequestParam(required = false) String title,
			@RequestParam(required = false) String narrative, @AuthenticationPrincipal RasdPrincipal actor,
			Model model) {
		model.addAttribute("event", freedoms.event(reference, actor));
		model.addAttribute("preview", title == null ? publication.preview(reference, actor)
				: publication.preview(reference, title, narrative, actor));
		model.addAttribute("tiers", List.of(Tier.PARTNERS, Tier.PUBLIC));
		choices.add(model);
		return "freedoms/publish";
	}

	@PostMapping("/freedoms/{reference}/publish")
	String publish(@PathVariable String reference, @RequestParam long version, @RequestParam Tier tier,
			@RequestParam String title, @RequestParam(required = false) String narrative,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate embargo,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			publication.publish(reference, version, tier, title, narrative, embargo, actor);
			redirect.addFlashAttribute("flash", "freedoms.publish.done");
			return "redirect:/freedoms/" + reference;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.fields().isEmpty() ? ex.code() : ex.fields().get(0).code());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/freedoms/" + reference + "/publish";
	}

	@PostMapping("/freedoms/{reference}/withdraw")
	String withdraw(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		publication.withdraw(reference, actor);
		redirect.addFlashAttribute("flash", "freedoms.publish.withdrawn");
		return "redirect:/freedoms/" + reference;
	}

	@GetMapping("/freedoms/figures")
	String figures(@RequestParam(required = false) String governorate, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		FigureFilter filter = new FigureFilter(EventForm.blank(governorate), EventForm.blank(type), from, to);
		model.addAttribute("figures", figures.internal(filter, actor));
		model.addAttribute("filter", filter);
		model.addAttribute("internal", true);
		choices.add(model);
		return "freedoms/figures";
	}

	@GetMapping("/freedoms/handover")
	String handoverForm(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("events", freedoms.list(EventFilter.all(), 0, 200, actor));
		choices.add(model);
		return "freedoms/handover";
	}

	@PostMapping("/freedoms/handover")
	ResponseEntity<byte[]> handover(@RequestParam(required = false) List<String> references,
			@RequestParam String organisation, @RequestParam(defaultValue = "false") boolean sealed,
			@AuthenticationPrincipal RasdPrincipal actor) {
		byte[] csv = handover.export(references, organisation, sealed, actor);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("freedoms-handover.csv").build().toString())
			.body(csv);
	}
}
