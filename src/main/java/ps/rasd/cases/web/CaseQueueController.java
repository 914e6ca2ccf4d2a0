package ps.rasd.cases.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Reader;
import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseFollowUps;
import ps.rasd.cases.CaseQuery;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;

/** The coordinators' workspace: the dashboard, the queue with its filters, and bulk actions on several cases. */
@Controller
class CaseQueueController {

	private static final int PAGE_SIZE = 30;

	private final CaseQueue queue;

	private final CaseWorkflow workflow;

	private final CaseFollowUps followUps;

	private final CasePage page;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final Clock clock;

	private final MessageSource messages;

	CaseQueueController(CaseQueue queue, CaseWorkflow workflow, CaseFollowUps followUps, CasePage page,
			RegistryManagement registry, GeographyManagement geography, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.queue = queue;
		this.workflow = workflow;
		this.followUps = followUps;
		this.page = page;
		this.registry = registry;
		this.geography = geography;
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
			status.stream().filter(Objects::nonNull).forEach(statuses::add);
		}
		CaseQuery query = new CaseQuery(statuses, blank(governorate), blank(sector), authority, minAge,
				Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(oldest));
		PageResult<CaseSummary> result = queue.queue(query, page, PAGE_SIZE, actor);
		model.addAttribute("result", result);
		model.addAttribute("query", query);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("now", clock.instant());
		Reader reader = actor.reader();
		if (reader.readsEverything() || reader.is(Role.COORDINATOR)) {
			model.addAttribute("dashboard", queue.dashboard(actor));
		}
		if (reader.is(Role.MONITOR)) {
			model.addAttribute("followUps", followUps.myFollowUps(actor));
		}
		model.addAttribute("governorates", visibleGovernorates(actor));
		model.addAttribute("sectors", registry.sectors());
		model.addAttribute("sectorNames", this.page.sectorNames());
		model.addAttribute("governorateNames", this.page.governorateNames());
		model.addAttribute("authorityNames", this.page.authorityNames());
		model.addAttribute("authorities", registry.authorities().stream()
			.filter(a -> reader.readsEverything() || a.governorateCode() == null
					|| actor.governorateCodes().contains(a.governorateCode()))
			.toList());
		model.addAttribute("canBulk", reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR));
		model.addAttribute("bulkMonitors", followUps.monitorsOf(actor));
		List<Object> filters = new ArrayList<>();
		for (CaseStatus s : statuses) {
			filters.add("status");
			filters.add(s);
		}
		filters.addAll(Arrays.asList("governorate", nz(governorate), "sector", nz(sector), "authority",
				nz(authority), "minAge", nz(minAge), "overdue", nz(overdue), "oldest", nz(oldest)));
		model.addAttribute("pagePrefix", PageLinks.prefix("/cases", filters.toArray()));
		return "cases/queue";
	}

	/** Verifies, or refers to the suggested units, several cases at once; each one that cannot move is counted. */
	@PostMapping("/cases/bulk")
	String bulk(@RequestParam(required = false) List<String> refs, @RequestParam String op,
			@RequestParam(required = false) Long monitorId, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale, RedirectAttributes redirect) {
		if (refs == null || refs.isEmpty()) {
			redirect.addFlashAttribute("problem", "cases.queue.bulk-none");
			return "redirect:/cases";
		}
		CaseAction action = "refer".equals(op) ? CaseAction.REFER : CaseAction.VERIFY;
		int done = 0;
		int failed = 0;
		List<Refusal> refusals = new ArrayList<>();
		for (String ref : new LinkedHashSet<>(refs)) {
			try {
				if ("assign".equals(op)) {
					if (monitorId == null) {
						throw new InvalidInputException("cases.case.invalid",
								Map.of("monitorId", "cases.field.required"));
					}
					followUps.assignFollowUp(ref, monitorId, null, actor);
				}
				else {
					CaseSummary current = queue.byReference(ref, actor);
					workflow.act(ref, action, current.version(), ActionInput.notes(null, null), actor);
				}
				done++;
			}
			catch (InvalidInputException ex) {
				failed++;
				refusals.add(new Refusal(ref, why(ex.fields().isEmpty() ? ex.code() : ex.fields().get(0).code(),
						ex.arguments(), locale)));
			}
			catch (ForbiddenException | NotFoundException ex) {
				failed++;
				refusals.add(new Refusal(ref, why("cases.queue.bulk-not-yours", new Object[0], locale)));
			}
			catch (DomainException ex) {
				failed++;
				refusals.add(new Refusal(ref, why(ex.code(), ex.arguments(), locale)));
			}
		}
		redirect.addFlashAttribute("bulkDone", done);
		redirect.addFlashAttribute("bulkFailed", failed);
		redirect.addFlashAttribute("bulkRefusals", refusals);
		return "redirect:/cases";
	}

	/** A case a bulk action left as it was, and why, in the reader's language. */
	record Refusal(String reference, String reason) {
	}

	private String why(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, arguments, code, locale);
	}

	private List<GovernorateSummary> visibleGovernorates(RasdPrincipal actor) {
		return geography.governorates().stream()
			.filter(g -> actor.reader().readsEverything() || actor.governorateCodes().contains(g.code()))
			.toList();
	}

	private static Object nz(Object value) {
		return value == null || "".equals(value) ? null : value;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
