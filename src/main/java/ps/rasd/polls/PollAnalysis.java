package ps.rasd.polls;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.polls.analysis.Methodology;
import ps.rasd.polls.analysis.PollFacts;
import ps.rasd.polls.analysis.PopulationTargetTable;
import ps.rasd.polls.analysis.QualityCheck;
import ps.rasd.polls.analysis.Respondent;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.polls.analysis.WeightedResponses;
import ps.rasd.polls.analysis.Weighting;
import ps.rasd.polls.analysis.WeightingPlan;
import ps.rasd.polls.analysis.WeightingResult;
import ps.rasd.polls.internal.PublicResultsCache;
import ps.rasd.polls.domain.Poll;
import ps.rasd.polls.domain.PollRepository;
import ps.rasd.polls.domain.PollResponse;
import ps.rasd.polls.domain.PollResponseRepository;
import ps.rasd.polls.internal.WeightingStore;
import ps.rasd.polls.stats.TrimRule;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The analysis of a poll: the data quality review, weights to population targets (stored with their summary),
 * weighted results with the methodology statement, and the results chosen for the public portal. Staff methods are
 * for analysts and administrators; the public ones give only published polls and never a respondent's data.
 */
@Service
public class PollAnalysis {

	/** The kind of search document a poll with published results gives. */
	public static final String SEARCH_TYPE = "opinion-poll";

	private final PollRepository polls;

	private final PollResponseRepository responses;

	private final FormsManagement forms;

	private final PollTargets targets;

	private final WeightingStore store;

	private final IdentityManagement identity;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;



	private final PublicResultsCache published;

	PollAnalysis(PollRepository polls, PollResponseRepository responses, FormsManagement forms, PollTargets targets,
			WeightingStore store, IdentityManagement identity, MessageSource messages, AuditTrail audit, Clock clock,
			PublicResultsCache published) {
		this.published = published;
		this.polls = polls;
		this.responses = responses;
		this.forms = forms;
		this.targets = targets;
		this.store = store;
		this.identity = identity;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- quality

	/** The quality flags of every response and the statistics of each enumerator. */
	@Transactional(readOnly = true)
	public QualityView quality(long pollId, RasdPrincipal actor) {
		require(actor);
		PollSummary poll = load(pollId).summary();
		List<ResponseSummary> all = all(pollId);
		var report = QualityCheck.run(all.stream().map(PollAnalysis::respondent).toList(), definition(poll));
		Map<String, String> names = new HashMap<>();
		for (ResponseSummary r : all) {
			if (r.enumeratorId() != null) {
				names.computeIfAbsent(String.valueOf(r.enumeratorId()), id -> identity.account(r.enumeratorId())
					.map(a -> a.displayName()).orElse("#" + id));
			}
		}
		return new QualityView(poll, all, report, names);
	}

	// ---------------------------------------------------------------- weighting

	/** The saved weighting settings, or the defaults. */
	@Transactional(readOnly = true)
	public WeightingSettings settings(long pollId, RasdPrincipal actor) {
		require(actor);
		load(pollId);
		return store.settings(pollId).orElse(WeightingSettings.defaults());
	}

	/** The report of the last weighting, if the poll was weighted. */
	@Transactional(readOnly = true)
	public Optional<WeightingReport> report(long pollId, RasdPrincipal actor) {
		require(actor);
		return store.report(pollId);
	}

	/**
	 * Weights the included responses and stores the weights, the settings and the summary, all or nothing.
	 *
	 * @throws InvalidInputException with the analysis' codes: inconsistent or missing targets, a margin category
	 *     without respondents, a missing variable, no convergence, trimming bounds that cannot hold
	 */
	@Transactional
	public WeightingReport weigh(long pollId, WeightingSettings settings, RasdPrincipal actor) {
		require(actor);
		PollSummary poll = load(pollId).summary();
		List<Respondent> included = included(pollId);
		WeightingPlan plan = plan(poll, settings);
		WeightingResult result = Weighting.apply(included, plan);
		WeightingReport report = report(result);
		store.save(pollId, settings, result.weights(), report, actor.accountId(), clock.instant());
		published.forget(poll.code());
		audit.record("poll.weighted", "poll", pollId, null, settings.method() + ", " + included.size()
				+ " responses, deff " + String.format(java.util.Locale.ROOT, "%.3f", report.designEffect()));
		return report;
	}

	// ---------------------------------------------------------------- results

	/** The weighted results of a poll (analysts and administrators). */
	@Transactional(readOnly = true)
	public PollResults results(long pollId, RasdPrincipal actor) {
		require(actor);
		return results(load(pollId).summary());
	}

	/**
	 * The weighted results of a poll, without an access check: for {@link PollPublication}, which shows only the
	 * results of polls with published results.
	 */
	@Transactional(readOnly = true)
	public PollResults resultsOf(PollSummary poll) {
		return results(poll);
	}

	// ---------------------------------------------------------------- internals

	private PollResults results(PollSummary poll) {
		List<ResponseSummary> all = all(poll.id());
		List<Respondent> included = all.stream().filter(ResponseSummary::included).map(PollAnalysis::respondent)
			.toList();
		if (included.isEmpty()) {
			throw new InvalidInputException("polls.results.no-responses", List.of());
		}
		Optional<WeightingSettings> settings = store.settings(poll.id());
		WeightingReport report = settings.isPresent() ? store.report(poll.id()).orElse(null) : null;
		Map<Long, Double> weights = store.weights(poll.id());
		Set<Long> ids = new LinkedHashSet<>();
		included.forEach(r -> ids.add(r.id()));
		boolean stale = false;
		InvalidInputException problem = null;
		if (report != null && !weights.keySet().equals(ids)) {
			stale = true;
			try {
				WeightingResult again = Weighting.apply(included, plan(poll, settings.get()));
				weights = again.weights();
				report = report(again);
			}
			catch (InvalidInputException ex) {
				problem = ex;
				report = null;
			}
		}
		if (report == null) {
			weights = new HashMap<>();
			for (Long id : ids) {
				weights.put(id, 1.0);
			}
		}
		WeightedResponses data = WeightedResponses.of(included, weights);
		FormDefinition definition = definition(poll);
		List<Variable> variables = weightingVariables(poll, definition, included, settings.orElse(null));
		LocalizedText methodology = Methodology.statement(facts(poll, all, included.size(), report, settings),
				messages);
		return new PollResults(poll, definition, data, weights, variables, report, stale, all.size(), methodology,
				problem);
	}

	private PollFacts facts(PollSummary poll, List<ResponseSummary> all, int included, WeightingReport report,
			Optional<WeightingSettings> settings) {
		Set<String> modes = new LinkedHashSet<>();
		for (FieldworkMode m : poll.modes()) {
			modes.add(m == FieldworkMode.ENUMERATOR ? "enumerator" : m == FieldworkMode.IMPORT ? "import" : "web");
		}
		LocalDate first = all.stream().map(r -> r.submittedAt().atZone(ZoneOffset.UTC).toLocalDate())
			.min(LocalDate::compareTo).orElse(LocalDate.now(clock));
		LocalDate last = all.stream().map(r -> r.submittedAt().atZone(ZoneOffset.UTC).toLocalDate())
			.max(LocalDate::compareTo).orElse(first);
		List<PollFacts.WeightingSource> sources = new ArrayList<>();
		if (report != null && settings.isPresent()) {
			for (TargetTable t : usedTables(settings.get())) {
				sources.add(PollFacts.WeightingSource.of(t.table()));
			}
		}
		double deff = report == null ? 1 : report.designEffect();
		return new PollFacts(poll.title(), poll.population(), List.copyOf(modes),
				poll.fieldworkStart() == null ? first : poll.fieldworkStart(),
				poll.fieldworkEnd() == null ? last : poll.fieldworkEnd(), all.size(), included, sources, deff, null);
	}

	private List<Variable> weightingVariables(PollSummary poll, FormDefinition definition, List<Respondent> included,
			WeightingSettings settings) {
		Map<String, PopulationTargetTable> used = new HashMap<>();
		if (settings != null) {
			for (TargetTable t : usedTables(settings)) {
				used.put(t.table().variable(), t.table());
			}
		}
		List<Variable> list = new ArrayList<>();
		for (WeightingVariable v : poll.variables()) {
			LocalizedText label = definition.question(v.question()).map(q -> q.label())
				.orElse(new LocalizedText(v.variable(), v.variable()));
			PopulationTargetTable table = used.get(v.variable());
			Set<String> seen = new TreeSet<>();
			included.forEach(r -> {
				if (r.variable(v.variable()) != null) {
					seen.add(r.variable(v.variable()));
				}
			});
			if (table != null && table.categories().containsAll(seen)) {
				Variable fromTable = Variable.of(table);
				list.add(new Variable(fromTable.name(), label, fromTable.source(), fromTable.type(),
						fromTable.categories(), null));
			}
			else {
				Variable plain = Variable.weighting(v.variable(), label, List.copyOf(seen));
				var question = definition.question(v.question()).filter(q -> q.type().hasChoices());
				if (v.rules().isEmpty() && question.isPresent()) {
					// the answer is the category: the question's own choice labels name it
					List<ps.rasd.polls.analysis.Category> named = plain.categories().stream()
						.map(c -> question.get().choices().stream().anyMatch(ch -> ch.value().equals(c.code()))
								? new ps.rasd.polls.analysis.Category(c.code(), question.get().choiceLabel(c.code()),
										null)
								: c)
						.toList();
					plain = new Variable(plain.name(), plain.label(), plain.source(), plain.type(), named,
							plain.option());
				}
				list.add(plain);
			}
		}
		return list;
	}

	private WeightingPlan plan(PollSummary poll, WeightingSettings s) {
		List<PopulationTargetTable> tables = tables(s).stream().map(TargetTable::table).toList();
		Map<String, Double> strata = null;
		if (s.designWeights()) {
			if (poll.strata().isEmpty()) {
				throw invalid("designWeights", "polls.weighting.no-strata");
			}
			strata = new LinkedHashMap<>();
			for (StratumPlan stratum : poll.strata()) {
				if (stratum.population() == null) {
					throw invalid("designWeights", "polls.weighting.no-stratum-population", stratum.code());
				}
				strata.put(stratum.code(), stratum.population().doubleValue());
			}
		}
		if (s.method() == WeightingPlan.Method.POST_STRATIFICATION && tables.size() != 1) {
			throw invalid("tables", "polls.weighting.one-cell-table", tables.size());
		}
		TrimRule trim = null;
		if (s.trimLower() != null || s.trimUpper() != null) {
			double lower = s.trimLower() == null ? 0 : s.trimLower();
			double upper = s.trimUpper() == null ? Double.MAX_VALUE : s.trimUpper();
			try {
				trim = TrimRule.betweenTimesMean(lower, upper);
			}
			catch (DomainException ex) {
				throw invalid("trimUpper", "polls.weighting.bad-trim", lower, s.trimUpper() == null ? "" : upper);
			}
		}
		return new WeightingPlan(strata, s.method(),
				s.method() == WeightingPlan.Method.POST_STRATIFICATION ? tables.get(0) : null,
				s.method() == WeightingPlan.Method.RAKING ? tables : List.of(), s.tolerance(), s.maxIterations(), trim,
				null);
	}

	private List<TargetTable> tables(WeightingSettings s) {
		List<TargetTable> list = new ArrayList<>();
		for (Long id : s.targetTables()) {
			try {
				list.add(targets.table(id));
			}
			catch (NotFoundException ex) {
				throw invalid("tables", "polls.weighting.unknown-table", id);
			}
		}
		return list;
	}

	/** The tables of saved settings that still exist. */
	private List<TargetTable> usedTables(WeightingSettings s) {
		List<TargetTable> list = new ArrayList<>();
		for (Long id : s.targetTables()) {
			try {
				list.add(targets.table(id));
			}
			catch (NotFoundException ex) {
				// deleted since: the weighting page says so when the weights are computed again
			}
		}
		return list;
	}

	private WeightingReport report(WeightingResult r) {
		var s = r.summary();
		return new WeightingReport(s.n(), s.min(), s.max(), s.mean(), s.designEffect(), s.effectiveSize(),
				r.iterations(), r.converged(), r.trimming() == null ? 0 : r.trimming().trimmed(), r.margins(),
				clock.instant());
	}

	private List<ResponseSummary> all(long pollId) {
		return responses.findByPollIdOrderById(pollId).stream().map(PollResponse::summary).toList();
	}

	private List<Respondent> included(long pollId) {
		return all(pollId).stream().filter(ResponseSummary::included).map(PollAnalysis::respondent).toList();
	}

	static Respondent respondent(ResponseSummary r) {
		return new Respondent(r.id(), r.stratum(), r.variables(), r.answers(),
				r.durationSeconds() == null ? null : Duration.ofSeconds(r.durationSeconds()),
				r.enumeratorId() == null ? null : String.valueOf(r.enumeratorId()));
	}

	private FormDefinition definition(PollSummary poll) {
		return poll.formVersionId() != null ? forms.version(poll.formVersionId()).definition()
				: forms.form(poll.formId()).current().or(() -> forms.form(poll.formId()).draft())
					.orElseThrow(() -> new NotFoundException("polls.poll.no-form")).definition();
	}

	private Poll load(long id) {
		return polls.findById(id).orElseThrow(() -> new NotFoundException("polls.poll.not-found"));
	}

	private static InvalidInputException invalid(String field, String code, Object... arguments) {
		return new InvalidInputException(code, List.of(new InvalidInputException.Field(field, code,
				List.of(arguments), null)), arguments);
	}

	static void require(RasdPrincipal actor) {
		if (!PollManagement.runsPolls(actor)) {
			throw new ForbiddenException("polls.forbidden");
		}
	}
}
