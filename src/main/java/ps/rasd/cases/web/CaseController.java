package ps.rasd.cases.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseManagement;
import ps.rasd.cases.CaseQuery;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.Moderation;
import ps.rasd.cases.ReplyView;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;

/**
 * The staff's cases: the coordinators' workspace (dashboard, queues, filters, bulk actions), the form for a new case,
 * a case's page with its timeline and the actions open to the person, the sealed reporter, similar cases, replies to
 * moderate, follow-up checks, publication, attachments and the referral letter.
 */
@Controller
class CaseController {

	private static final int PAGE_SIZE = 30;

	private final CaseManagement cases;

	private final Intake intake;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final EvidenceManagement evidence;

	private final Clock clock;

	private final String baseUrl;

	private final LetterPdf letterPdf;

	private final ps.rasd.cases.internal.PublicPhotos photos;

	CaseController(CaseManagement cases, Intake intake, RegistryManagement registry, GeographyManagement geography,
			EvidenceManagement evidence, Clock clock, ps.rasd.shared.RasdProperties properties, LetterPdf letterPdf,
			ps.rasd.cases.internal.PublicPhotos photos) {
		this.photos = photos;
		this.letterPdf = letterPdf;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		this.cases = cases;
		this.intake = intake;
		this.registry = registry;
		this.geography = geography;
		this.evidence = evidence;
		this.clock = clock;
	}

	@GetMapping("/cases")
	String queue(@RequestParam(required = false) List<CaseStatus> status,
			@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(required = false) Long authority, @RequestParam(required = false) Integer minAge,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean oldest,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		if (status != null) {
			status.stream().filter(java.util.Objects::nonNull).forEach(statuses::add);
		}
		CaseQuery query = new CaseQuery(statuses, blank(governorate), blank(sector), authority, minAge,
				Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(oldest));
		PageResult<CaseSummary> result = cases.queue(query, page, PAGE_SIZE, actor);
		model.addAttribute("result", result);
		model.addAttribute("query", query);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("now", clock.instant());
		if (actor.isAdmin() || actor.hasRole("COORDINATOR") || actor.hasRole("ANALYST")) {
			model.addAttribute("dashboard", cases.dashboard(actor));
		}
		if (actor.hasRole("MONITOR")) {
			model.addAttribute("followUps", cases.myFollowUps(actor));
		}
		model.addAttribute("governorates", visibleGovernorates(actor));
		model.addAttribute("sectors", registry.sectors());
		model.addAttribute("sectorNames", sectorNames());
		model.addAttribute("governorateNames", governorateNames());
		model.addAttribute("authorityNames", registry.authorities().stream()
			.collect(Collectors.toMap(AuthoritySummary::id, AuthoritySummary::name)));
		model.addAttribute("authorities", registry.authorities().stream()
			.filter(a -> actor.isAdmin() || actor.hasRole("ANALYST") || a.governorateCode() == null
					|| actor.governorateCodes().contains(a.governorateCode()))
			.toList());
		model.addAttribute("canBulk", actor.isAdmin() || actor.hasRole("COORDINATOR"));
		model.addAttribute("bulkMonitors", cases.monitorsOf(actor));
		List<Object> filters = new ArrayList<>();
		for (CaseStatus s : statuses) {
			filters.add("status");
			filters.add(s);
		}
		filters.addAll(java.util.Arrays.asList("governorate", nz(governorate), "sector", nz(sector), "authority",
				nz(authority), "minAge", nz(minAge), "overdue", nz(overdue), "oldest", nz(oldest)));
		model.addAttribute("pagePrefix", PageLinks.prefix("/cases", filters.toArray()));
		return "cases/queue";
	}

	/** Verifies, or refers to the suggested units, several cases at once; each one that cannot move is counted. */
	@PostMapping("/cases/bulk")
	String bulk(@RequestParam(required = false) List<String> refs, @RequestParam String op,
			@RequestParam(required = false) Long monitorId, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		if (refs == null || refs.isEmpty()) {
			redirect.addFlashAttribute("problem", "cases.queue.bulk-none");
			return "redirect:/cases";
		}
		CaseAction action = "refer".equals(op) ? CaseAction.REFER : CaseAction.VERIFY;
		int done = 0;
		int failed = 0;
		for (String ref : new LinkedHashSet<>(refs)) {
			try {
				if ("assign".equals(op)) {
					if (monitorId == null) {
						throw new InvalidInputException("cases.case.invalid",
								Map.of("monitorId", "cases.field.required"));
					}
					cases.assignFollowUp(ref, monitorId, null, actor);
				}
				else {
					CaseSummary current = cases.byReference(ref, actor);
					cases.act(ref, action, current.version(), ActionInput.notes(null, null), actor);
				}
				done++;
			}
			catch (DomainException | ForbiddenException ex) {
				failed++;
			}
		}
		redirect.addFlashAttribute("bulkDone", done);
		redirect.addFlashAttribute("bulkFailed", failed);
		return "redirect:/cases";
	}

	@GetMapping("/cases/new")
	String newCase(@RequestParam(required = false) Long facility, Model model) {
		CaseForm form = new CaseForm();
		form.setFacilityId(facility);
		intake.choices(model, form);
		return "cases/new";
	}

	@PostMapping("/cases")
	String file(@ModelAttribute("form") CaseForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile photo, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Intake.Result result = intake.file(form, photo, CaseSource.STAFF, actor, locale, errors);
		if (result == null) {
			response.setStatus(422);
			model.addAttribute("problem", "cases.case.invalid");
			intake.choices(model, form);
			return "cases/new";
		}
		redirect.addFlashAttribute("flash", "cases.done.any");
		if (result.photoProblem() != null) {
			redirect.addFlashAttribute("problem", result.photoProblem());
		}
		return "redirect:/cases/" + result.filed().summary().reference();
	}

	@GetMapping("/cases/{ref}")
	String view(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		CaseSummary summary = cases.byReference(ref, actor);
		model.addAttribute("summary", summary);
		model.addAttribute("timeline", cases.timeline(ref, actor));
		model.addAttribute("actions", cases.actions(ref, actor));
		model.addAttribute("now", clock.instant());
		model.addAttribute("governorateNames", governorateNames());
		model.addAttribute("sectorNames", sectorNames());
		model.addAttribute("authorities", registry.authorities());
		model.addAttribute("authorityNames", registry.authorities().stream()
			.collect(Collectors.toMap(AuthoritySummary::id, AuthoritySummary::name)));
		if (summary.facilityId() != null) {
			model.addAttribute("facility", registry.facility(summary.facilityId()));
		}
		if (summary.placeId() != null) {
			geography.place(summary.placeId()).ifPresent(p -> model.addAttribute("place", p));
		}
		boolean manages = actor.manages(summary.governorateCode());
		model.addAttribute("manages", manages);
		List<ReplyView> replies = cases.replies(ref, actor);
		model.addAttribute("replies", replies);
		model.addAttribute("followUps", cases.followUps(ref, actor));
		model.addAttribute("files", evidence.filesOf("case", summary.reference()));
		model.addAttribute("publicPhotos", photos.marked(summary.id()));
		if (manages) {
			model.addAttribute("similar", summary.status().isOpen() ? cases.similar(ref, actor) : List.of());
			cases.suggestedAuthority(summary).ifPresent(a -> model.addAttribute("suggested", a));
			model.addAttribute("monitors", summary.status() == CaseStatus.RESOLVED ? cases.monitorsFor(ref, actor)
					: List.of());
			model.addAttribute("tiers", Tier.values());
			if (!model.containsAttribute("publicTitle")) {
				var proposal = cases.proposePublicCopy(ref, actor);
				model.addAttribute("publicTitle", summary.publicTitle() != null ? summary.publicTitle()
						: proposal.title());
				model.addAttribute("publicStory", summary.publicStory() != null ? summary.publicStory()
						: proposal.story());
				model.addAttribute("removed", summary.publicStory() != null ? List.of() : proposal.removed());
			}
		}
		if (summary.duplicateOfId() != null) {
			model.addAttribute("original", cases.get(summary.duplicateOfId()));
		}
		model.addAttribute("duplicates", cases.duplicatesOf(summary.id()));
		return "cases/view";
	}

	@PostMapping("/cases/{ref}/actions")
	String act(@PathVariable String ref, @RequestParam CaseAction action, @RequestParam long version,
			@RequestParam(required = false) Long authorityId, @RequestParam(required = false) LocalDate dueOn,
			@RequestParam(required = false) String duplicateOf, @RequestParam(required = false) LocalDate scheduledFor,
			@RequestParam(required = false) String responsibleNamed,
			@RequestParam(required = false) String internalNote, @RequestParam(required = false) String publicNote,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ActionInput input = new ActionInput(authorityId, dueOn, duplicateOf, scheduledFor, responsibleNamed,
				internalNote, publicNote);
		try {
			cases.act(ref, action, version, input, actor);
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			return again(ref, actor, model, action, input, ex.code(), ex.fields().stream()
				.collect(Collectors.toMap(InvalidInputException.Field::field, InvalidInputException.Field::code,
						(a, b) -> a)));
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return again(ref, actor, model, action, input, ex.code(), Map.of());
		}
		redirect.addFlashAttribute("flash", action == CaseAction.VERIFY ? "cases.done.VERIFY" : "cases.done.any");
		return "redirect:/cases/" + ref;
	}

	/** The case page again, with what the person typed and why it was refused. */
	private String again(String ref, RasdPrincipal actor, Model model, CaseAction action, ActionInput input,
			String problem, Map<String, String> fieldErrors) {
		model.addAttribute("problem", problem);
		model.addAttribute("failedAction", action);
		model.addAttribute("input", input);
		model.addAttribute("fieldErrors", fieldErrors);
		return view(ref, actor, model);
	}

	/** Shows the sealed reporter: a POST, because the read is recorded. */
	@PostMapping("/cases/{ref}/reporter")
	String reporter(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("reporter", cases.reporter(ref, actor));
		return view(ref, actor, model);
	}

	/** Erases the reporter's identity and contacts on their request. */
	@PostMapping("/cases/{ref}/reporter/erase")
	String eraseReporter(@PathVariable String ref, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		cases.eraseReporter(ref, actor);
		redirect.addFlashAttribute("flash", "cases.done.erased");
		return "redirect:/cases/" + ref;
	}

	@PostMapping("/cases/{ref}/follow-up")
	String followUp(@PathVariable String ref, @RequestParam(required = false) Long monitorId,
			@RequestParam(required = false) LocalDate dueOn, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (monitorId == null) {
				throw new InvalidInputException("cases.case.invalid", Map.of("monitorId", "cases.field.required"));
			}
			cases.assignFollowUp(ref, monitorId, dueOn, actor);
		}
		catch (InvalidInputException | ConflictException ex) {
			response.setStatus(ex instanceof ConflictException ? 409 : 422);
			model.addAttribute("problem", ex instanceof InvalidInputException i ? i.fields().get(0).code()
					: ex.code());
			return view(ref, actor, model);
		}
		redirect.addFlashAttribute("flash", "cases.done.follow-up");
		return "redirect:/cases/" + ref;
	}

	@PostMapping("/cases/{ref}/replies/{id}")
	String moderate(@PathVariable String ref, @PathVariable long id, @RequestParam Moderation decision,
			@RequestParam(required = false) String publicText, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			cases.moderate(id, decision, publicText, actor);
			redirect.addFlashAttribute("flash", "cases.done.moderated");
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/cases/" + ref;
	}

	@PostMapping("/cases/{ref}/publication")
	String publication(@PathVariable String ref, @RequestParam long version, @RequestParam Tier tier,
			@RequestParam(required = false) LocalDate embargo, @RequestParam(required = false) String publicTitle,
			@RequestParam(required = false) String publicStory, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			cases.publication(ref, version, tier, embargo, publicTitle, publicStory, actor);
			redirect.addFlashAttribute("flash", "cases.done.publication");
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("problem", ex.code());
			model.addAttribute("publicationErrors", ex.fields().stream()
				.collect(Collectors.toMap(InvalidInputException.Field::field, InvalidInputException.Field::code,
						(a, b) -> a)));
			model.addAttribute("publicTitle", publicTitle);
			model.addAttribute("publicStory", publicStory);
			return view(ref, actor, model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/cases/" + ref;
	}

	@PostMapping("/cases/{ref}/files")
	String attach(@PathVariable String ref, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		CaseSummary summary = cases.byReference(ref, actor);
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
		catch (ps.rasd.shared.InvalidInputException ex) {
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
		CaseSummary summary = cases.byReference(ref, actor);
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("summary", summary);
		model.put("token", cases.currentReplyToken(ref, actor).orElse(null));
		if (summary.authorityId() != null) {
			model.put("authority", registry.authority(summary.authorityId()));
		}
		if (summary.facilityId() != null) {
			model.put("facility", registry.facility(summary.facilityId()));
		}
		model.put("governorateNames", governorateNames());
		model.put("baseUrl", baseUrl);
		return model;
	}

	private List<GovernorateSummary> visibleGovernorates(RasdPrincipal actor) {
		return geography.governorates().stream()
			.filter(g -> actor.isAdmin() || actor.hasRole("ANALYST") || actor.governorateCodes().contains(g.code()))
			.toList();
	}

	private Map<String, ps.rasd.shared.LocalizedText> governorateNames() {
		return geography.governorates().stream()
			.collect(Collectors.toMap(GovernorateSummary::code, GovernorateSummary::name));
	}

	private Map<String, ps.rasd.shared.LocalizedText> sectorNames() {
		return registry.sectors().stream().collect(Collectors.toMap(SectorSummary::code, SectorSummary::name));
	}

	private static Object nz(Object value) {
		return value == null || "".equals(value) ? null : value;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
