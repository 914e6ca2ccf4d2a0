package ps.rasd.polls.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollResults;
import ps.rasd.polls.PollTargets;
import ps.rasd.polls.Publication;
import ps.rasd.polls.QualityView;
import ps.rasd.polls.WeightingSettings;
import ps.rasd.polls.analysis.Category;
import ps.rasd.polls.analysis.QualityFlag;
import ps.rasd.polls.analysis.QualityReport;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.polls.analysis.WeightingPlan;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.Digits;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The analysis pages of a poll (analysts and administrators): data quality review, weighting, and results with the
 * cross-tab builder, the methodology statement and the choice of results to publish.
 */
@Controller
class PollAnalysisController {

	private final PollAnalysis analysis;

	private final PollPublication publication;

	private final PollManagement polls;

	private final PollFieldwork fieldwork;

	private final PollTargets targets;

	private final MessageSource messages;

	PollAnalysisController(PollAnalysis analysis, PollPublication publication, PollManagement polls, PollFieldwork fieldwork, PollTargets targets,
			MessageSource messages) {
		this.analysis = analysis;
		this.publication = publication;
		this.polls = polls;
		this.fieldwork = fieldwork;
		this.targets = targets;
		this.messages = messages;
	}

	// ---------------------------------------------------------------- quality

	/** Responses shown on one page of the quality review. */
	static final int QUALITY_PAGE = 100;

	/**
	 * The quality review. By default it lists the responses that need a look (flagged, or already excluded);
	 * {@code flag=ALL} lists every response and a flag's name those with that flag, a hundred a page.
	 */
	@GetMapping("/polls/{id}/quality")
	String quality(@PathVariable long id, @RequestParam(required = false) String flag,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor, Locale locale,
			Model model) {
		QualityView view = analysis.quality(id, actor);
		QualityFlag only = parseFlag(flag);
		boolean all = "ALL".equals(flag);
		List<QualityRow> rows = new ArrayList<>();
		ResultViews format = new ResultViews(messages, locale);
		for (var r : view.responses()) {
			QualityReport.ResponseQuality q = view.report().response(r.id());
			if (!listed(q, r.included(), only, all)) {
				continue;
			}
			rows.add(new QualityRow(r.id(), r.mode().name(),
					r.enumeratorId() == null ? null : view.enumerators().get(String.valueOf(r.enumeratorId())),
					r.durationSeconds() == null ? null : format.integer(r.durationSeconds()), q.flags(),
					q.duplicateOf(), r.included(), r.exclusionReason()));
		}
		int pages = Math.max(1, (rows.size() + QUALITY_PAGE - 1) / QUALITY_PAGE);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		ps.rasd.shared.PageResult<QualityRow> pageOfRows = new ps.rasd.shared.PageResult<>(
				rows.subList(shown * QUALITY_PAGE, Math.min(rows.size(), (shown + 1) * QUALITY_PAGE)), shown,
				QUALITY_PAGE, rows.size(), pages);
		model.addAttribute("rows", pageOfRows.items());
		model.addAttribute("bulkExcludable", rows.stream().filter(r -> r.included() && !r.flags().isEmpty()).count());
		model.addAttribute("bulkIncludable", rows.stream().filter(r -> !r.included()).count());
		model.addAttribute("rowsPage", pageOfRows);
		model.addAttribute("all", all);
		model.addAttribute("pagePrefix", ps.rasd.shared.PageLinks.prefix("/polls/" + id + "/quality", "flag",
				all ? "ALL" : only));
		model.addAttribute("poll", view.poll());
		model.addAttribute("report", view.report());
		model.addAttribute("flag", only);
		model.addAttribute("flags", QualityFlag.values());
		model.addAttribute("enumerators", view.report().enumerators().stream()
			.map(e -> new EnumeratorRow(view.enumerators().getOrDefault(e.enumerator(), e.enumerator()),
					format.integer(e.responses()),
					e.medianDuration() == null ? "—" : format.integer(e.medianDuration().toSeconds()),
					format.percent(e.duplicateShare()), format.percent(e.speederShare()),
					format.percent(e.straightLinerShare()), format.percent(e.flaggedShare())))
			.toList());
		model.addAttribute("median", view.report().medianDuration() == null ? null
				: format.integer(view.report().medianDuration().toSeconds()));
		return "polls/quality";
	}

	/** A response's line on the quality page. */
	public record QualityRow(long id, String mode, String enumerator, String duration, java.util.Set<QualityFlag> flags,
			List<Long> twins, boolean included, String reason) {
	}

	/** An enumerator's line on the quality page. */
	public record EnumeratorRow(String name, String responses, String median, String duplicates, String speeders,
			String straightLiners, String flagged) {
	}

	@PostMapping("/polls/{id}/quality/{responseId}")
	String decide(@PathVariable long id, @PathVariable long responseId, @RequestParam boolean include,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String flag,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		boolean ours = fieldwork.allResponses(id, actor).stream().anyMatch(r -> r.id() == responseId);
		if (!ours) {
			throw new ps.rasd.shared.NotFoundException("polls.quality.not-found");
		}
		try {
			fieldwork.decide(responseId, include, reason, actor);
			redirect.addFlashAttribute("flash", include ? "polls.quality.included" : "polls.quality.excluded");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "polls.quality.reason-needed");
		}
		QualityFlag only = parseFlag(flag);
		String filter = only != null ? "?flag=" + only : "ALL".equals(flag) ? "?flag=ALL" : "";
		return "redirect:/polls/" + id + "/quality" + filter + "#response-" + responseId;
	}

	/** Whether the quality page lists a response under the filter: a flag, every response, or what needs a look. */
	private static boolean listed(QualityReport.ResponseQuality q, boolean included, QualityFlag only, boolean all) {
		return only != null ? q.flags().contains(only) : all || !q.flags().isEmpty() || !included;
	}

	/**
	 * Excludes every flagged response the page lists under its filter (all pages) with one reason, or includes again
	 * every excluded one it lists; each change is audited.
	 */
	@PostMapping("/polls/{id}/quality/bulk")
	String decideAll(@PathVariable long id, @RequestParam boolean include,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String flag,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		QualityView view = analysis.quality(id, actor);
		QualityFlag only = parseFlag(flag);
		boolean all = "ALL".equals(flag);
		List<Long> ids = new ArrayList<>();
		for (var r : view.responses()) {
			QualityReport.ResponseQuality q = view.report().response(r.id());
			boolean wanted = include ? !r.included() : r.included() && !q.flags().isEmpty();
			if (wanted && listed(q, r.included(), only, all)) {
				ids.add(r.id());
			}
		}
		try {
			int changed = fieldwork.decideAll(id, ids, include, reason, actor);
			redirect.addFlashAttribute("bulkChanged", changed);
			redirect.addFlashAttribute("bulkIncluded", include);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "polls.quality.reason-needed");
		}
		String filter = only != null ? "?flag=" + only : all ? "?flag=ALL" : "";
		return "redirect:/polls/" + id + "/quality" + filter;
	}

	private static QualityFlag parseFlag(String flag) {
		for (QualityFlag f : QualityFlag.values()) {
			if (f.name().equals(flag)) {
				return f;
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- weighting

	@GetMapping("/polls/{id}/weighting")
	String weighting(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Locale locale,
			Model model) {
		return weightingPage(id, WeightingForm.of(analysis.settings(id, actor)), actor, locale, model);
	}

	@PostMapping("/polls/{id}/weighting")
	String weigh(@PathVariable long id, @ModelAttribute("form") WeightingForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			analysis.weigh(id, settings(form), actor);
			redirect.addFlashAttribute("flash", "polls.weighting.computed");
			return "redirect:/polls/" + id + "/weighting";
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, messages, locale, model);
			response.setStatus(422);
		}
		return weightingPage(id, form, actor, locale, model);
	}

	private String weightingPage(long id, WeightingForm form, RasdPrincipal actor, Locale locale, Model model) {
		var poll = polls.poll(id);
		model.addAttribute("poll", poll);
		model.addAttribute("form", form);
		model.addAttribute("methods", WeightingPlan.Method.values());
		model.addAttribute("tables", targets.tables(actor));
		model.addAttribute("report", analysis.report(id, actor).orElse(null));
		model.addAttribute("counts", fieldwork.responseCounts(id));
		model.addAttribute("format", new ResultViews(messages, locale));
		return "polls/weighting";
	}

	static WeightingSettings settings(WeightingForm form) {
		List<InvalidInputException.Field> problems = new ArrayList<>();
		WeightingPlan.Method method;
		try {
			method = WeightingPlan.Method.valueOf(form.getMethod());
		}
		catch (RuntimeException ex) {
			method = WeightingPlan.Method.NONE;
		}
		List<Long> tables = new ArrayList<>();
		List<String> chosen = method == WeightingPlan.Method.POST_STRATIFICATION ? List.of(form.getCellTable())
				: method == WeightingPlan.Method.RAKING ? form.getTables() : List.of();
		for (String t : chosen) {
			if (t != null && !t.isBlank()) {
				tables.add(Long.valueOf(t.strip()));
			}
		}
		Double tolerance = number(form.getTolerance(), "tolerance", problems);
		Double iterations = number(form.getMaxIterations(), "maxIterations", problems);
		Double lower = number(form.getTrimLower(), "trimLower", problems);
		Double upper = number(form.getTrimUpper(), "trimUpper", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("polls.weighting.invalid", problems);
		}
		return new WeightingSettings(method, form.isDesignWeights(), tables,
				tolerance == null ? WeightingPlan.DEFAULT_TOLERANCE : tolerance,
				iterations == null ? WeightingPlan.DEFAULT_MAX_ITERATIONS : iterations.intValue(), lower, upper);
	}

	private static Double number(String text, String field, List<InvalidInputException.Field> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(Digits.toLatin(text.strip()).replace('٫', '.')).doubleValue();
		}
		catch (NumberFormatException ex) {
			problems.add(new InvalidInputException.Field(field, "polls.weighting.not-a-number", List.of(text.strip()),
					null));
			return null;
		}
	}

	// ---------------------------------------------------------------- results

	@GetMapping("/polls/{id}/results")
	String results(@PathVariable long id, @RequestParam(required = false) String rows,
			@RequestParam(required = false) String columns, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale, Model model) {
		var poll = polls.poll(id);
		model.addAttribute("poll", poll);
		PollResults results;
		try {
			results = analysis.results(id, actor);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("resultsProblem", Problems.message(ex, messages, locale));
			return "polls/results";
		}
		ResultViews views = new ResultViews(messages, locale);
		model.addAttribute("results", results);
		model.addAttribute("methodology", results.methodology().in(locale));
		if (results.weightingProblem() != null) {
			model.addAttribute("weightingProblem",
					Problems.message(firstField(results.weightingProblem()), messages, locale));
		}
		model.addAttribute("blocks", blocks(results, views));
		model.addAttribute("crossable", crossable(results, views));
		model.addAttribute("rows", rows);
		model.addAttribute("columns", columns);
		if (rows != null && !rows.isBlank() && columns != null && !columns.isBlank()) {
			try {
				var table = results.crossTab(rows, columns);
				model.addAttribute("crossTab", views.crossTab("crosstab", table, results.columnEffectiveBases(table),
						false));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("crossTabProblem", Problems.message(firstField(ex), messages, locale));
			}
		}
		List<PublicationRow> published = new ArrayList<>();
		for (Publication p : publication.publications(id)) {
			published.add(new PublicationRow(p.id(), title(results, p.question(), views),
					p.byVariable() == null ? null : title(results, p.byVariable(), views)));
		}
		model.addAttribute("publications", published);
		return "polls/results";
	}

	/** A published result's line on the results page. */
	public record PublicationRow(long id, String question, String by) {
	}

	/** A question's block on the results page: its table, or why it has none. */
	public record Block(String key, String title, ResultViews.EstimateView estimate, String problem) {
	}

	/** A variable offered to the cross-tab builder and to publication. */
	public record Choice(String key, String title) {
	}

	static List<Block> blocks(PollResults results, ResultViews views) {
		List<Block> blocks = new ArrayList<>();
		int n = 0;
		for (Variable v : results.questions()) {
			String key = PollResults.key(v);
			try {
				blocks.add(new Block(key, views.title(v), views.estimate("estimate-" + n++, key, results.estimate(key)),
						null));
			}
			catch (InvalidInputException ex) {
				blocks.add(new Block(key, views.title(v), null,
						Problems.message(firstField(ex), views.messages(), views.locale())));
			}
		}
		return blocks;
	}

	/**
	 * The variables offered to the cross-tab builder, each once: a weighting variable that is a plain copy of a
	 * question (same name, same categories) is that question and is not offered again; one that recodes a question
	 * (age → age group) stays, and is marked as a weighting variable when its title would read like the question's.
	 */
	static List<Choice> crossable(PollResults results, ResultViews views) {
		List<Choice> list = new ArrayList<>();
		List<Variable> offered = new ArrayList<>();
		for (Variable v : results.questions()) {
			if (v.categorical() && !v.multiple()) {
				list.add(new Choice(PollResults.key(v), views.title(v)));
				offered.add(v);
			}
		}
		for (Variable v : results.weightingVariables()) {
			if (offered.stream().anyMatch(q -> sameVariable(q, v))) {
				continue;
			}
			String title = views.title(v);
			boolean clash = list.stream().anyMatch(c -> c.title().equals(title));
			list.add(new Choice(PollResults.key(v), clash
					? views.messages().getMessage("polls.results.weighting-variable", new Object[] { title }, views.locale())
					: title));
		}
		return list;
	}

	private static boolean sameVariable(Variable question, Variable weighting) {
		return question.name().equals(weighting.name()) && codes(question).equals(codes(weighting));
	}

	private static Set<String> codes(Variable v) {
		return v.categories().stream().map(Category::code)
			.collect(Collectors.toSet());
	}

	private static String title(PollResults results, String key, ResultViews views) {
		try {
			return views.title(results.variable(key));
		}
		catch (InvalidInputException ex) {
			return key;
		}
	}

	/** The failure of the first field, with its own arguments, or the failure itself. */
	static DomainException firstField(InvalidInputException ex) {
		if (ex.fields().isEmpty()) {
			return ex;
		}
		var f = ex.fields().get(0);
		return new DomainException(f.code(), f.arguments().toArray());
	}

	@PostMapping("/polls/{id}/results/publish")
	String publish(@PathVariable long id, @RequestParam String question,
			@RequestParam(required = false) String by, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			publication.publish(id, question, by, actor);
			redirect.addFlashAttribute("flash", "polls.results.published");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "polls.results.not-published");
		}
		return "redirect:/polls/" + id + "/results#publication";
	}

	@PostMapping("/polls/{id}/results/publications/{publication}/delete")
	String unpublish(@PathVariable long id, @PathVariable long publication,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		this.publication.unpublish(id, publication, actor);
		redirect.addFlashAttribute("flash", "polls.results.unpublished");
		return "redirect:/polls/" + id + "/results#publication";
	}

}
