package ps.rasd.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.monitoring.AssignmentSummary;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.RoundPlanning;
import ps.rasd.monitoring.VisitSaved;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The field app: an installable, offline-capable version of a monitor's visits. {@code /field} lists the person's
 * open assignments and the forms they may fill; each form is a page ({@code /field/forms/{version}}) that the
 * service worker keeps, so that a visit is opened, filled and finished with no connection. A finished visit waits in
 * the phone's queue (IndexedDB) with its idempotency key and is sent to {@code POST /field/visits} when the
 * connection returns; the answer says whether it arrived or why it was refused. Without JavaScript the same pages
 * work online as plain forms.
 */
@Controller
class FieldController {

	/** The most facilities listed in one form page's picker (the nearest ones first would need a location). */
	private static final int MAX_FACILITIES = 2000;

	private final MonitoringManagement monitoring;

	private final RoundPlanning planning;

	private final RegistryManagement registry;

	private final FormsManagement forms;

	private final MessageSource messages;

	private final FieldFiles fieldFiles;

	private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.resource.ResourceUrlProvider> resourceUrls;

	FieldController(MonitoringManagement monitoring, RoundPlanning planning, RegistryManagement registry,
			FormsManagement forms, MessageSource messages, FieldFiles fieldFiles,
			org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.resource.ResourceUrlProvider> resourceUrls) {
		this.fieldFiles = fieldFiles;
		this.resourceUrls = resourceUrls;
		this.monitoring = monitoring;
		this.planning = planning;
		this.registry = registry;
		this.forms = forms;
		this.messages = messages;
	}

	/** One assignment as the app lists it. */
	record FieldAssignment(AssignmentSummary assignment, FacilitySummary facility, FormVersionSummary version) {
	}

	@GetMapping("/field")
	String app(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		List<FieldAssignment> open = assignments(actor);
		model.addAttribute("assignments", open);
		model.addAttribute("versions", versionsFor(actor));
		model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Hebron")));
		model.addAttribute("fieldApp", true);
		return "monitoring/field";
	}

	/**
	 * The pages and assets the service worker keeps for this person: the app, each form page they need, and the
	 * scripts and styles. Asked for again whenever the app opens online, so that a new assignment or a newly
	 * published form version is kept before the monitor leaves the connection.
	 */
	@GetMapping(path = "/field/offline.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> offline(@AuthenticationPrincipal RasdPrincipal actor,
			HttpServletRequest request) {
		String base = request.getContextPath();
		Set<String> pages = new LinkedHashSet<>();
		pages.add(base + "/field");
		pages.add(base + "/field/cases/new");
		for (FormVersionSummary version : versionsFor(actor)) {
			pages.add(base + "/field/forms/" + version.id());
		}
		for (FieldAssignment a : assignments(actor)) {
			if (a.version() != null) {
				pages.add(base + "/field/forms/" + a.version().id());
			}
		}
		// the names pages use: each asset's name carries a hash of its content
		List<String> assets = java.util.stream.Stream.of("/assets/css/rasd.css", "/assets/js/field.js",
				"/assets/js/field-queue.js", "/assets/js/relevance.js", "/assets/img/rasd.svg")
			.map(path -> {
				var provider = resourceUrls.getIfAvailable();
				String versioned = provider == null ? null : provider.getForLookupPath(path);
				return base + (versioned != null ? versioned : path);
			})
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		assets.add(base + "/field/icon-192.png");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("pages", List.copyOf(pages));
		body.put("assets", assets);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	@GetMapping("/field/forms/{versionId}")
	String form(@PathVariable long versionId, @RequestParam(required = false) Long facility,
			@RequestParam(required = false) Long assignment, @AuthenticationPrincipal RasdPrincipal actor,
			Model model) {
		FormVersionSummary version = forms.version(versionId);
		if (version.status() == ps.rasd.forms.VersionStatus.DRAFT) {
			throw new ps.rasd.shared.NotFoundException("monitoring.visit.no-form");
		}
		return page(model, version, facility, assignment, Map.of(), Map.of(), actor, null);
	}

	private String page(Model model, FormVersionSummary version, Long facility, Long assignment,
			Map<String, String> answers, Map<String, ?> errors, RasdPrincipal actor, String problem) {
		String sector = forms.form(version.formId()).sectorCode();
		model.addAttribute("version", version);
		model.addAttribute("facilities", facilitiesFor(actor, sector));
		model.addAttribute("facilityId", facility);
		model.addAttribute("assignmentId", assignment);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		// the questions asked now; relevance.js shows the others as the answers call for them, with no connection too
		model.addAttribute("relevant", version.definition().check(answers, false).relevant());
		model.addAttribute("key", VisitController.newKey());
		model.addAttribute("problem", problem);
		model.addAttribute("fieldApp", true);
		return "monitoring/field-form";
	}

	/**
	 * A visit from the field app. The app sends it with {@code Accept: application/json} and an
	 * {@code Idempotency-Key} header, and is answered 201 (or 200 for a repeat) with the visit's reference, or 422
	 * with each refused answer's message in the person's language; the plain form (no JavaScript) is answered with
	 * the visit's page or the form again with what was typed and the errors.
	 */
	@PostMapping("/field/visits")
	Object submit(@RequestParam long facilityId, @RequestParam long formVersionId,
			@RequestParam(required = false) Long assignmentId,
			@RequestHeader(name = "Idempotency-Key", required = false) String headerKey,
			@RequestParam(name = "idempotencyKey", required = false) String fieldKey,
			@RequestHeader(name = "Accept", defaultValue = "") String accept, HttpServletRequest request,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, RedirectAttributes redirect) {
		boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
		String key = headerKey != null && !headerKey.isBlank() ? headerKey : fieldKey;
		Map<String, String> answers = VisitController.answers(request);
		var earlier = key == null ? java.util.Optional.<ps.rasd.monitoring.VisitSummary>empty()
				: monitoring.visitByKey(key, actor);
		boolean repeat = earlier.isPresent();
		VisitSaved saved;
		// a visit that already arrived takes no files: its uploads were erased when it did
		try (FieldFiles.Received files = earlier.isPresent() && !earlier.get().status().editable()
				? new FieldFiles.Received(List.of(), List.of(), List.of()) : fieldFiles.receive(request, actor)) {
			if (!files.lost().isEmpty() && json) {
				// an upload that expired or never finished: the phone sends the file again, then the visit
				Map<String, Object> body = new LinkedHashMap<>(refusal(HttpStatus.CONFLICT,
						message("evidence.upload.not-found", new Object[0], locale), Map.of()).getBody());
				body.put("uploads", files.lost());
				return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(body);
			}
			saved = monitoring.submitFromField(assignmentId, facilityId, formVersionId, answers, files.files(), key,
					actor);
			if (!saved.check().visit().status().editable()) {
				fieldFiles.taken(files, actor);
			}
		}
		catch (org.springframework.dao.DataAccessException ex) {
			// the same visit sent twice at the same moment (the page and the service worker, a retried connection):
			// the other request made it, or will be answered; this one says so rather than failing
			var other = key == null ? java.util.Optional.<ps.rasd.monitoring.VisitSummary>empty()
					: monitoring.visitByKey(key, actor);
			if (other.isPresent() && !other.get().status().editable()) {
				if (!json) {
					return "redirect:/visits/" + other.get().id();
				}
				return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("reference",
						other.get().reference(), "id", other.get().id(), "status", other.get().status().name()));
			}
			if (json) {
				return refusal(HttpStatus.CONFLICT, message("monitoring.field.in-progress", new Object[0], locale),
						Map.of());
			}
			throw ex;
		}
		catch (ForbiddenException ex) {
			if (json) {
				return refusal(HttpStatus.FORBIDDEN, message(ex.code(), new Object[0], locale), Map.of());
			}
			return page(model, forms.version(formVersionId), facilityId, assignmentId, answers, Map.of(), actor,
					ex.code());
		}
		catch (DomainException ex) {
			if (json) {
				return refusal(HttpStatus.UNPROCESSABLE_ENTITY, message(ex.code(), ex.arguments(), locale), Map.of());
			}
			return page(model, forms.version(formVersionId), facilityId, assignmentId, answers, Map.of(), actor,
					ex.code());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		saved.fileErrors().forEach((q, e) -> errors.put(q, text(e, locale)));
		saved.check().errors().forEach((q, e) -> errors.putIfAbsent(q, text(e, locale)));
		boolean arrived = errors.isEmpty() && !saved.check().visit().status().editable();
		if (json) {
			if (!arrived) {
				return refusal(HttpStatus.UNPROCESSABLE_ENTITY, message("monitoring.visit.has-errors", new Object[0],
						locale), errors);
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("reference", saved.check().visit().reference());
			body.put("id", saved.check().visit().id());
			body.put("status", saved.check().visit().status().name());
			return ResponseEntity.status(repeat ? HttpStatus.OK : HttpStatus.CREATED)
				.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		if (!arrived) {
			return page(model, forms.version(formVersionId), facilityId, assignmentId, saved.answers(),
					saved.fileErrors().isEmpty() ? saved.check().errors() : saved.fileErrors(), actor,
					"monitoring.visit.has-errors");
		}
		redirect.addFlashAttribute("flash", "monitoring.visit.submitted");
		return "redirect:/visits/" + saved.check().visit().id();
	}

	/** A fresh token for the queue's sending: the one in a page kept for days may belong to an ended session. */
	@GetMapping(path = "/field/token", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> token(CsrfToken token) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore())
			.body(Map.of("header", token.getHeaderName(), "token", token.getToken()));
	}

	/** The service worker, served from {@code /field/} so that its scope is the app. */
	@GetMapping(path = "/field/sw.js", produces = "text/javascript")
	@ResponseBody
	ResponseEntity<String> serviceWorker(HttpServletRequest request) throws java.io.IOException {
		String script = new ClassPathResource("static/js/field-sw.js").getContentAsString(StandardCharsets.UTF_8);
		// the app's own page is /field, one step above the folder of this script
		return ResponseEntity.ok().cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", request.getContextPath() + "/field")
			.body(script);
	}

	@GetMapping(path = "/field/manifest.webmanifest", produces = "application/manifest+json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> manifest(HttpServletRequest request, Locale locale) {
		String base = request.getContextPath();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", message("monitoring.field.app-name", new Object[0], locale));
		body.put("short_name", message("monitoring.field.short-name", new Object[0], locale));
		body.put("lang", locale.getLanguage());
		body.put("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
		body.put("start_url", base + "/field");
		body.put("scope", base + "/field");
		body.put("display", "standalone");
		body.put("background_color", "#ffffff");
		body.put("theme_color", "#0b6e4f");
		body.put("icons", List.of(
				Map.of("src", base + "/field/icon-192.png", "sizes", "192x192", "type", "image/png"),
				Map.of("src", base + "/field/icon-512.png", "sizes", "512x512", "type", "image/png"),
				Map.of("src", base + "/assets/img/rasd.svg", "sizes", "any", "type", "image/svg+xml")));
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1))).body(body);
	}

	@GetMapping(path = { "/field/icon-192.png", "/field/icon-512.png" }, produces = MediaType.IMAGE_PNG_VALUE)
	@ResponseBody
	ResponseEntity<byte[]> icon(HttpServletRequest request) {
		int size = request.getRequestURI().endsWith("512.png") ? 512 : 192;
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)))
			.body(icons.computeIfAbsent(size, FieldController::drawIcon));
	}

	private final Map<Integer, byte[]> icons = new java.util.concurrent.ConcurrentHashMap<>();

	/** Rasd's mark (the magnifier of {@code rasd.svg}) drawn as a square PNG, as phones want for an installed app. */
	static byte[] drawIcon(int size) {
		var image = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		try {
			g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
			double unit = size / 64.0;
			g.setColor(new java.awt.Color(0x0b6e4f));
			g.fillRect(0, 0, size, size);
			g.setColor(java.awt.Color.WHITE);
			g.setStroke(new java.awt.BasicStroke((float) (6 * unit)));
			g.draw(new java.awt.geom.Ellipse2D.Double(15 * unit, 15 * unit, 26 * unit, 26 * unit));
			g.setStroke(new java.awt.BasicStroke((float) (7 * unit), java.awt.BasicStroke.CAP_ROUND,
					java.awt.BasicStroke.JOIN_ROUND));
			g.draw(new java.awt.geom.Line2D.Double(37 * unit, 37 * unit, 49 * unit, 49 * unit));
			g.setColor(new java.awt.Color(0xf2c14e));
			g.fill(new java.awt.geom.Ellipse2D.Double(24 * unit, 24 * unit, 8 * unit, 8 * unit));
		}
		finally {
			g.dispose();
		}
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String detail, Map<String, String> errors) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", detail);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private String text(ps.rasd.forms.AnswerError error, Locale locale) {
		return error.message() != null ? error.message().in(locale)
				: message(error.code(), error.arguments().toArray(), locale);
	}

	private String message(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, arguments, code, locale);
	}

	private List<FieldAssignment> assignments(RasdPrincipal actor) {
		List<AssignmentSummary> open = planning.open(actor).stream()
			.filter(a -> a.monitorId() == actor.accountId())
			.toList();
		Map<Long, FacilitySummary> facilities = registry.facilities(open.stream().map(AssignmentSummary::facilityId)
			.distinct().toList());
		Map<Long, FormVersionSummary> versions = new LinkedHashMap<>();
		List<FieldAssignment> result = new ArrayList<>();
		for (AssignmentSummary a : open) {
			FormVersionSummary version = versions.computeIfAbsent(a.roundId(), round -> {
				long formId = planning.round(round, actor).formId();
				return forms.form(formId).current().orElse(null);
			});
			result.add(new FieldAssignment(a, facilities.get(a.facilityId()), version));
		}
		return result;
	}

	/** The current version of each form of a sector with facilities in the person's governorates. */
	private List<FormVersionSummary> versionsFor(RasdPrincipal actor) {
		return forms.answerable(null).stream().sorted(Comparator.comparing(FormVersionSummary::formCode)).toList();
	}

	private List<FacilitySummary> facilitiesFor(RasdPrincipal actor, String sector) {
		List<FacilitySummary> found = new ArrayList<>();
		for (String governorate : actor.governorateCodes().stream().sorted().toList()) {
			var query = new FacilityQuery(governorate, sector, null, null, null);
			for (int page = 0; found.size() < MAX_FACILITIES; page++) {
				var items = registry.facilities(query, page, RegistryManagement.MAX_PAGE_SIZE).items();
				found.addAll(items);
				if (items.size() < RegistryManagement.MAX_PAGE_SIZE) {
					break;
				}
			}
		}
		return found;
	}
}
