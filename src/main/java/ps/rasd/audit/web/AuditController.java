package ps.rasd.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.audit.AuditEntrySummary;
import ps.rasd.audit.AuditManagement;
import ps.rasd.audit.ChainCheck;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.spi.PersonNames;

/**
 * Administrators browse, check and export the audit log. The log keeps account ids and action codes (erasure and
 * machines need them); the page shows people's names, actions and kinds of record in the reader's language, and
 * filters by pickers of what occurs in the log. The CSV export keeps the codes.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 100;

	private final AuditManagement audit;

	private final PersonNames people;

	private final MessageSource messages;

	AuditController(AuditManagement audit, PersonNames people, MessageSource messages) {
		this.audit = audit;
		this.people = people;
		this.messages = messages;
	}

	/** One choice of a filter's picker. */
	record Option(String value, String label) {
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String action, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		PageResult<AuditEntrySummary> entries = audit.entries(action, subjectType, subjectId, actor, page, PAGE_SIZE);
		model.addAttribute("entries", entries);
		Map<Long, String> actors = audit.actors();
		Set<Long> ids = new HashSet<>(actors.keySet());
		entries.items().forEach(e -> ids.add(e.actorId()));
		Map<Long, String> names = people.names(ids);
		model.addAttribute("names", names);
		Map<String, String> actionLabels = new LinkedHashMap<>();
		List<Option> actionOptions = options(audit.actions(), "audit.action.", locale);
		actionOptions.forEach(o -> actionLabels.put(o.value(), o.label()));
		entries.items().forEach(e -> actionLabels.computeIfAbsent(e.action(), a -> label("audit.action.", a, locale)));
		model.addAttribute("actionLabels", actionLabels);
		model.addAttribute("actionOptions", actionOptions);
		Map<String, String> subjectLabels = new LinkedHashMap<>();
		List<Option> subjectOptions = options(audit.subjectTypes(), "audit.subject.", locale);
		subjectOptions.forEach(o -> subjectLabels.put(o.value(), o.label()));
		entries.items().forEach(e -> subjectLabels.computeIfAbsent(e.subjectType(),
				t -> label("audit.subject.", t, locale)));
		model.addAttribute("subjectLabels", subjectLabels);
		model.addAttribute("subjectOptions", subjectOptions);
		List<Option> actorOptions = new ArrayList<>();
		actors.forEach((id, logged) -> actorOptions.add(new Option(logged, names.getOrDefault(id, logged))));
		actorOptions.sort(Comparator.comparing(Option::label, Collator.getInstance(locale)));
		model.addAttribute("actorOptions", actorOptions);
		model.addAttribute("action", action);
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		model.addAttribute("actor", actor);
		model.addAttribute("pagePrefix", PageLinks.prefix("/admin/audit", "action", action, "subjectType", subjectType,
				"subjectId", subjectId, "actor", actor));
		model.addAttribute("exportUrl", PageLinks.prefix("/admin/audit.csv", "action", action, "subjectType",
				subjectType, "subjectId", subjectId, "actor", actor).replaceAll("[?&]page=$", ""));
		return "audit/log";
	}

	private List<Option> options(List<String> codes, String prefix, Locale locale) {
		List<Option> options = new ArrayList<>();
		codes.stream().filter(c -> c != null && !c.isBlank())
			.forEach(c -> options.add(new Option(c, label(prefix, c, locale))));
		options.sort(Comparator.comparing(Option::label, Collator.getInstance(locale)));
		return options;
	}

	/** The translation of a code; a code with none (an old entry) is shown as it is. */
	private String label(String prefix, String code, Locale locale) {
		return messages.getMessage(prefix + code, null, code, locale);
	}

	@PostMapping("/admin/audit/verify")
	String verify(RedirectAttributes redirect) {
		ChainCheck check = audit.verify();
		redirect.addFlashAttribute("check", check);
		return "redirect:/admin/audit";
	}

	@GetMapping("/admin/audit.csv")
	void export(@RequestParam(required = false) String action, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String actor,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rasd-audit.csv\"");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		audit.export(action, subjectType, subjectId, actor, writer);
		writer.flush();
	}
}
