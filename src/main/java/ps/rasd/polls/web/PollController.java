package ps.rasd.polls.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

import ps.rasd.forms.FormsManagement;
import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollDraft;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.Quota;
import ps.rasd.polls.StratumPlan;
import ps.rasd.polls.WeightingVariable;
import ps.rasd.shared.Digits;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;

/**
 * The polls an analyst runs: list, create and edit, weighting variables, sample design, fieldwork (open and close,
 * one-time links) and the responses that came in.
 */
@Controller
class PollController {

	private static final int PAGE_SIZE = 50;

	private final PollManagement polls;

	private final PollFieldwork fieldwork;

	private final FormsManagement forms;

	private final RasdProperties properties;

	private final ps.rasd.geography.GeographyManagement geography;

	private final ps.rasd.identity.IdentityManagement identity;

	PollController(PollManagement polls, PollFieldwork fieldwork, FormsManagement forms, RasdProperties properties,
			ps.rasd.geography.GeographyManagement geography, ps.rasd.identity.IdentityManagement identity) {
		this.geography = geography;
		this.identity = identity;
		this.polls = polls;
		this.fieldwork = fieldwork;
		this.forms = forms;
		this.properties = properties;
	}

	@GetMapping("/polls")
	String list(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		boolean runs = PollManagement.runsPolls(actor);
		model.addAttribute("runs", runs);
		model.addAttribute("polls", runs ? polls.polls(actor) : polls.interviewing(actor));
		return "polls/list";
	}

	@GetMapping("/polls/new")
	String create(Model model) {
		return form(model, new PollForm(), null, Map.of());
	}

	@PostMapping("/polls")
	String create(PollForm form, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		PollDraft draft = form.toDraft(errors);
		if (errors.isEmpty()) {
			try {
				PollSummary poll = polls.create(draft, actor);
				return "redirect:/polls/" + poll.id();
			}
			catch (InvalidInputException ex) {
				ex.fields().forEach(f -> errors.put(f.field(), f.code()));
			}
			catch (DomainException ex) {
				errors.put("form", ex.code());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, form, null, errors);
	}

	@GetMapping("/polls/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PollSummary poll = polls.poll(id);
		return form(model, PollForm.of(poll), poll, Map.of());
	}

	@PostMapping("/polls/{id}")
	String update(@PathVariable long id, PollForm form, @RequestParam long version,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PollSummary poll = polls.poll(id);
		Map<String, String> errors = new LinkedHashMap<>();
		PollDraft draft = form.toDraft(errors);
		if (errors.isEmpty()) {
			try {
				polls.update(id, version, draft, actor);
				redirect.addFlashAttribute("flash", "polls.poll.saved");
				return "redirect:/polls/" + id;
			}
			catch (InvalidInputException ex) {
				ex.fields().forEach(f -> errors.put(f.field(), f.code()));
			}
			catch (DomainException ex) {
				errors.put("form", ex.code());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, form, poll, errors);
	}

	private String form(Model model, PollForm form, PollSummary poll, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("poll", poll);
		model.addAttribute("fieldErrors", errors);
		model.addAttribute("forms", forms.forms().stream().filter(f -> f.current().isPresent() || f.draft().isPresent())
			.toList());
		model.addAttribute("modes", FieldworkMode.values());
		return "polls/form";
	}

	@GetMapping("/polls/{id}")
	String view(@PathVariable long id, Model model, java.util.Locale locale) {
		PollSummary poll = polls.poll(id);
		model.addAttribute("poll", poll);
		model.addAttribute("form", forms.form(poll.formId()));
		model.addAttribute("questionnaire", polls.questionnaire(id));
		model.addAttribute("progress", fieldwork.progress(id));
		model.addAttribute("categoryNames", categoryNames(poll, locale));
		model.addAttribute("counts", fieldwork.responseCounts(id));
		model.addAttribute("invitations", polls.invitationCounts(id));
		model.addAttribute("openLinkUrl", poll.openLink() == null ? null : url("/p/" + poll.openLink()));
		if (!model.containsAttribute("variablesText")) {
			model.addAttribute("variablesText", PollText.variables(poll.variables()));
		}
		if (!model.containsAttribute("strataText")) {
			model.addAttribute("strataVariablesText", String.join(", ", poll.strataVariables()));
			model.addAttribute("strataText", PollText.strata(poll.strata()));
			model.addAttribute("quotasText", PollText.quotas(poll.quotas()));
		}
		model.addAttribute("maxInvitations", PollManagement.MAX_INVITATIONS);
		model.addAttribute("fieldStaff", fieldStaff());
		return "polls/poll";
	}

	/**
	 * How the progress table names a category: a stratum's parts and a governorate by the governorate's name (the
	 * codes stay beside them), other categories as coded.
	 */
	private Map<String, String> categoryNames(PollSummary poll, java.util.Locale locale) {
		Map<String, String> governorates = new java.util.HashMap<>();
		geography.governorates().forEach(g -> governorates.put(g.code(), g.name().in(locale)));
		Map<String, String> names = new LinkedHashMap<>();
		List<String> strataVariables = poll.strataVariables();
		for (var s : poll.strata()) {
			String[] parts = s.code().split("\\|", -1);
			List<String> named = new java.util.ArrayList<>();
			for (int i = 0; i < parts.length; i++) {
				boolean governorate = i < strataVariables.size() && "governorate".equals(strataVariables.get(i));
				named.add(governorate && governorates.containsKey(parts[i]) ? governorates.get(parts[i]) : parts[i]);
			}
			names.put("stratum=" + s.code(), String.join(" · ", named));
		}
		for (var q : poll.quotas()) {
			if ("governorate".equals(q.variable()) && governorates.containsKey(q.category())) {
				names.put("governorate=" + q.category(), governorates.get(q.category()));
			}
		}
		return names;
	}

	/** Monitors and coordinators who may be assigned as enumerators, by name. */
	private List<ps.rasd.identity.AccountSummary> fieldStaff() {
		List<String> all = geography.governorates().stream().map(g -> g.code()).toList();
		Map<Long, ps.rasd.identity.AccountSummary> staff = new LinkedHashMap<>();
		for (ps.rasd.shared.access.Role role : List.of(ps.rasd.shared.access.Role.MONITOR, ps.rasd.shared.access.Role.COORDINATOR)) {
			identity.withRoleIn(role, all).forEach(a -> staff.putIfAbsent(a.id(), a));
		}
		return staff.values().stream()
			.sorted(java.util.Comparator.comparing(ps.rasd.identity.AccountSummary::displayName))
			.toList();
	}

	@PostMapping("/polls/{id}/enumerators")
	String enumerators(@PathVariable long id, @RequestParam(name = "accountId", required = false) List<Long> accountIds,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		polls.assignEnumerators(id, accountIds == null ? Set.of() : Set.copyOf(accountIds), actor);
		redirect.addFlashAttribute("flash", "polls.enumerators.saved");
		return "redirect:/polls/" + id + "#enumerators";
	}

	@PostMapping("/polls/{id}/variables")
	String variables(@PathVariable long id, @RequestParam(defaultValue = "") String definition,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<WeightingVariable> parsed;
		try {
			parsed = PollText.parseVariables(definition);
			polls.defineVariables(id, parsed, actor);
			redirect.addFlashAttribute("flash", "polls.variables.saved");
			return "redirect:/polls/" + id + "#variables";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("variablesProblems", ex.fields());
		}
		catch (DomainException ex) {
			model.addAttribute("variablesProblem", ex);
		}
		model.addAttribute("variablesText", definition);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(id, model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	@PostMapping("/polls/{id}/design")
	String design(@PathVariable long id, @RequestParam(defaultValue = "") String strataVariables,
			@RequestParam(defaultValue = "") String strata, @RequestParam(defaultValue = "") String quotas,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			List<String> vars = PollText.parseList(strataVariables);
			List<StratumPlan> plans = PollText.parseStrata(strata);
			List<Quota> quotaList = PollText.parseQuotas(quotas);
			polls.design(id, vars, plans, quotaList, actor);
			redirect.addFlashAttribute("flash", "polls.design.saved");
			return "redirect:/polls/" + id + "#design";
		}
		catch (DomainException ex) {
			model.addAttribute("designProblem", ex);
		}
		model.addAttribute("strataVariablesText", strataVariables);
		model.addAttribute("strataText", strata);
		model.addAttribute("quotasText", quotas);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(id, model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	@PostMapping("/polls/{id}/fieldwork")
	String fieldwork(@PathVariable long id, @RequestParam String action, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			if ("open".equals(action)) {
				polls.open(id, actor);
				redirect.addFlashAttribute("flash", "polls.fieldwork.opened");
			}
			else {
				polls.close(id, actor);
				redirect.addFlashAttribute("flash", "polls.fieldwork.closed");
			}
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/polls/" + id;
	}

	/** One-time links, handed out once as a CSV file: only their hashes stay in the database. */
	@PostMapping("/polls/{id}/invitations")
	Object invitations(@PathVariable long id, @RequestParam(defaultValue = "") String count,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		int n;
		try {
			n = Integer.parseInt(Digits.toLatin(count).strip());
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("problem", "polls.invite.count");
			return "redirect:/polls/" + id + "#fieldwork";
		}
		try {
			List<String> tokens = polls.invite(id, n, actor);
			StringBuilder csv = new StringBuilder("\uFEFFnumber,link\r\n");
			for (int i = 0; i < tokens.size(); i++) {
				csv.append(i + 1).append(',').append(url("/p/i/" + tokens.get(i))).append("\r\n");
			}
			PollSummary poll = polls.poll(id);
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(poll.code() + "-links.csv").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(csv.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/polls/" + id + "#fieldwork";
		}
	}

	@GetMapping("/polls/{id}/responses")
	String responses(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("poll", polls.poll(id));
		model.addAttribute("responses", fieldwork.responses(id, page, PAGE_SIZE, actor));
		model.addAttribute("pagePrefix", PageLinks.prefix("/polls/" + id + "/responses"));
		return "polls/responses";
	}

	@GetMapping("/polls/{id}/responses/{responseId}")
	String response(@PathVariable long id, @PathVariable long responseId,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("poll", polls.poll(id));
		model.addAttribute("response", fieldwork.response(id, responseId, actor));
		model.addAttribute("questionnaire", polls.questionnaire(id));
		return "polls/response";
	}

	@PostMapping("/polls/{id}/responses/{responseId}/decision")
	String decide(@PathVariable long id, @PathVariable long responseId, @RequestParam boolean include,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		fieldwork.response(id, responseId, actor);
		try {
			fieldwork.decide(responseId, include, reason, actor);
			redirect.addFlashAttribute("flash", include ? "polls.response.included" : "polls.response.excluded");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/polls/" + id + "/responses/" + responseId;
	}

	private String url(String path) {
		String base = properties.baseUrl() == null ? "" : properties.baseUrl().replaceAll("/+$", "");
		return base + path;
	}
}
