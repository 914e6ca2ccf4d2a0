package ps.rasd.cases.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.internal.PublicPhotos;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;

/** A case's files (attachments, the photos safe for its public page) and its referral letter, as a page and a PDF. */
@Controller
class CaseFilesController {

	private final CaseQueue queue;

	private final CaseWorkflow workflow;

	private final CasePage page;

	private final RegistryManagement registry;

	private final EvidenceManagement evidence;

	private final PublicPhotos photos;

	private final LetterPdf letterPdf;

	private final String baseUrl;

	CaseFilesController(CaseQueue queue, CaseWorkflow workflow, CasePage page, RegistryManagement registry,
			EvidenceManagement evidence, PublicPhotos photos, LetterPdf letterPdf, RasdProperties properties) {
		this.queue = queue;
		this.workflow = workflow;
		this.page = page;
		this.registry = registry;
		this.evidence = evidence;
		this.photos = photos;
		this.letterPdf = letterPdf;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@PostMapping("/cases/{ref}/files")
	String attach(@PathVariable String ref, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		CaseSummary summary = queue.byReference(ref, actor);
		if (!(actor.manages(summary.governorateCode()) || (summary.filedBy() != null
				&& summary.filedBy() == actor.accountId()))) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "evidence.empty");
			return "redirect:/cases/" + ref;
		}
		try {
			evidence.upload(file.getInputStream(), "case", summary.reference(), summary.governorateCode(), actor);
			redirect.addFlashAttribute("flash", "cases.done.file");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("problem", "evidence.damaged");
		}
		return "redirect:/cases/" + ref;
	}

	/** Marks a photo of the case safe to show on its published page, or takes the mark back. */
	@PostMapping("/cases/{ref}/files/{id}/public")
	String publicPhoto(@PathVariable String ref, @PathVariable long id, @RequestParam boolean safe,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			photos.mark(ref, id, safe, actor);
			redirect.addFlashAttribute("flash", safe ? "cases.done.photo-public" : "cases.done.photo-private");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/cases/" + ref;
	}

	@GetMapping("/cases/{ref}/letter")
	String letter(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAllAttributes(letterModel(ref, actor));
		return "cases/letter";
	}

	/** The same letter as a PDF to print or send; the same access as the page (the facade checks it). */
	@GetMapping("/cases/{ref}/letter.pdf")
	ResponseEntity<byte[]> letterPdf(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale) {
		byte[] pdf = letterPdf.render(letterModel(ref, actor), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("letter-" + ref + ".pdf").build().toString())
			.body(pdf);
	}

	private Map<String, Object> letterModel(String ref, RasdPrincipal actor) {
		CaseSummary summary = queue.byReference(ref, actor);
		Map<String, Object> model = new HashMap<>();
		model.put("summary", summary);
		String token = workflow.currentReplyToken(ref, actor).orElse(null);
		model.put("token", token);
		if (token != null) {
			workflow.currentReplyShortCode(ref, actor).ifPresent(code -> {
				String shortUrl = baseUrl + "/reply/c/" + code;
				model.put("shortCode", code);
				model.put("shortUrl", shortUrl);
				model.put("qr", QrCodes.dataUri(shortUrl));
			});
		}
		if (summary.authorityId() != null) {
			model.put("authority", registry.authority(summary.authorityId()));
		}
		Long placeId = summary.placeId();
		if (summary.facilityId() != null) {
			var facility = registry.facility(summary.facilityId());
			model.put("facility", facility);
			placeId = placeId != null ? placeId : facility.placeId();
		}
		if (placeId != null) {
			page.place(placeId).ifPresent(p -> model.put("place", p));
		}
		model.put("governorateNames", page.governorateNames());
		model.put("baseUrl", baseUrl);
		return model;
	}
}
