package ps.rasd.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
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

import jakarta.servlet.http.HttpServletResponse;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseReplies;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.ReplyContext;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;

/**
 * The pages that need no account: the public complaint form, the reporter's tracking page and the authority's reply
 * page. Tokens travel in the path; the pages send no referrer, so they do not leak.
 */
@Controller
class PublicCaseController {

	private static final List<CaseAction> REPLIES = List.of(CaseAction.REPLY_ACKNOWLEDGED,
			CaseAction.REPLY_IN_PROGRESS, CaseAction.REPLY_SCHEDULED, CaseAction.REPLY_RESOLVED,
			CaseAction.REPLY_NOT_RESPONSIBLE);

	private final CaseIntake cases;

	private final CaseQueue queue;

	private final CaseReplies replies;

	private final Intake intake;

	private final ComplaintThrottle throttle;

	private final RegistryManagement registry;

	private final String baseUrl;

	private final EvidenceManagement evidence;

	PublicCaseController(CaseIntake cases, CaseQueue queue, CaseReplies replies, Intake intake,
			ComplaintThrottle throttle, RegistryManagement registry, EvidenceManagement evidence,
			ps.rasd.shared.RasdProperties properties) {
		this.evidence = evidence;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		this.cases = cases;
		this.queue = queue;
		this.replies = replies;
		this.intake = intake;
		this.throttle = throttle;
		this.registry = registry;
	}

	@GetMapping("/complaint")
	String complaint(@RequestParam(required = false) Long facility, Model model) {
		CaseForm form = new CaseForm();
		form.setFacilityId(facility);
		intake.choices(model, form);
		return "cases/complaint";
	}

	@PostMapping("/complaint")
	String fileComplaint(@ModelAttribute("form") CaseForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile photo, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
			// a robot filled the hidden field: it is thanked, nothing is kept
			return "redirect:/complaint/received";
		}
		if (!throttle.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("problem", "cases.complaint.throttled");
			intake.choices(model, form);
			return "cases/complaint";
		}
		Intake.Result result = intake.file(form, photo, CaseSource.PUBLIC, null, locale, errors);
		if (result == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("problem", "cases.case.invalid");
			intake.choices(model, form);
			return "cases/complaint";
		}
		redirect.addFlashAttribute("reference", result.filed().summary().reference());
		redirect.addFlashAttribute("trackingToken", result.filed().trackingToken());
		redirect.addFlashAttribute("photoProblem", result.photoProblem());
		return "redirect:/complaint/received";
	}

	@GetMapping("/complaint/received")
	String received(Model model) {
		model.addAttribute("baseUrl", baseUrl);
		return "cases/complaint-done";
	}

	@GetMapping("/track/{token}")
	String track(@PathVariable String token, Model model, HttpServletResponse response) {
		var tracked = cases.tracked(token);
		if (tracked.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("problem", "cases.track.not-found");
			return "cases/track";
		}
		CaseSummary summary = tracked.get();
		model.addAttribute("summary", summary);
		model.addAttribute("token", token);
		model.addAttribute("timeline", queue.publicTimeline(summary.id()));
		// what the reporter looks for: the authority's published reply, the photos they sent, the public finding
		model.addAttribute("publishedReplies", replies.replies(summary.reference(), null).stream()
			.filter(r -> r.publicText() != null && !r.publicText().isBlank()).toList());
		model.addAttribute("photos", ownPhotos(summary));
		model.addAttribute("published", summary.isPublic(LocalDate.now(CaseSummary.ZONE)));
		model.addAttribute("trackingUrl", baseUrl + "/track/" + token);
		if (summary.status() == CaseStatus.DUPLICATE && summary.duplicateOfId() != null) {
			CaseSummary original = queue.get(summary.duplicateOfId());
			model.addAttribute("original", original);
			model.addAttribute("originalTimeline", queue.publicTimeline(original.id()));
		}
		return "cases/track";
	}

	/**
	 * A photo the reporter sent, for the holder of the tracking link: the kept copy (location and camera data removed)
	 * as a thumbnail; a file of another case, or not a photo, is not found.
	 */
	@GetMapping("/track/{token}/photos/{id}.jpg")
	void photo(@PathVariable String token, @PathVariable long id, HttpServletResponse response)
			throws java.io.IOException {
		CaseSummary summary = cases.tracked(token).orElseThrow(() -> new NotFoundException("cases.not-found"));
		if (ownPhotos(summary).stream().noneMatch(f -> f.id() == id)) {
			throw new NotFoundException("evidence.not-found");
		}
		try (java.io.InputStream in = evidence.open(id, true, false, null)) {
			response.setContentType("image/jpeg");
			response.setHeader("Cache-Control", "private, no-store");
			in.transferTo(response.getOutputStream());
		}
	}

	private List<EvidenceSummary> ownPhotos(CaseSummary summary) {
		return evidence.filesOf("case", summary.reference()).stream()
			.filter(f -> f.image() && f.hasThumbnail()).toList();
	}

	@PostMapping("/track/{token}")
	String addInformation(@PathVariable String token, @RequestParam(required = false) String text, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			cases.addInformation(token, text);
		}
		catch (InvalidInputException | ConflictException ex) {
			response.setStatus(ex instanceof ConflictException ? 409 : 422);
			model.addAttribute("text", text);
			model.addAttribute("textError", ex instanceof InvalidInputException i ? i.fields().get(0).code() : null);
			model.addAttribute("problem", ex.code());
			return track(token, model, response);
		}
		redirect.addFlashAttribute("flash", "cases.track.added");
		return "redirect:/track/" + token;
	}

	@GetMapping("/reply/{token}")
	String replyPage(@PathVariable String token, Model model, HttpServletResponse response) {
		ReplyContext context;
		try {
			context = replies.replyContext(token);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			response.setStatus(ex.code().equals("cases.link.invalid") ? 404 : 410);
			model.addAttribute("problem", ex.code());
			return "cases/reply-problem";
		}
		model.addAttribute("context", context);
		model.addAttribute("authority", registry.authority(context.authorityId()));
		model.addAttribute("kinds", REPLIES.stream()
			.filter(k -> ps.rasd.cases.Workflow.allows(context.summary().status(), k, ps.rasd.cases.CaseActor.AUTHORITY))
			.toList());
		model.addAttribute("token", token);
		return "cases/reply";
	}

	@PostMapping("/reply/{token}")
	String reply(@PathVariable String token, @RequestParam(required = false) CaseAction kind,
			@RequestParam(required = false) String message, @RequestParam(required = false) LocalDate scheduledFor,
			@RequestParam(required = false) String responsibleNamed, Model model, HttpServletResponse response) {
		try {
			if (kind == null) {
				throw new InvalidInputException("cases.case.invalid", java.util.Map.of("kind", "cases.field.required"));
			}
			replies.reply(token, kind, message, scheduledFor, responsibleNamed);
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("problem", ex.code());
			model.addAttribute("fieldErrors", ex.fields().stream()
				.collect(java.util.stream.Collectors.toMap(InvalidInputException.Field::field,
						InvalidInputException.Field::code, (a, b) -> a)));
			model.addAttribute("kind", kind);
			model.addAttribute("message", message);
			model.addAttribute("scheduledFor", scheduledFor);
			model.addAttribute("responsibleNamed", responsibleNamed);
			String page = replyPage(token, model, response);
			response.setStatus(422);
			return page;
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			response.setStatus(ex instanceof ConflictException ? 409
					: ex.code().equals("cases.link.invalid") ? 404 : 410);
			model.addAttribute("problem", ex.code());
			return "cases/reply-problem";
		}
		return "cases/reply-done";
	}
}
