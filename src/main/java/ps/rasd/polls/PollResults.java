package ps.rasd.polls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.polls.analysis.CrossTabulation;
import ps.rasd.polls.analysis.Estimates;
import ps.rasd.polls.analysis.QuestionEstimates;
import ps.rasd.polls.analysis.Respondent;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.polls.analysis.WeightedResponses;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;

/**
 * The weighted responses of a poll ready for estimates and cross-tabs, with the methodology statement. A variable is
 * named by its key: a question's name, or {@code var:} and a weighting variable's code.
 */
public final class PollResults {

	/** The prefix of a weighting variable's key. */
	public static final String WEIGHTING = "var:";

	/** Below this effective base a result is flagged and kept off public pages. */
	public static final double SMALL_BASE = 30;

	private static final Set<QuestionType> ANALYSABLE = Set.of(QuestionType.SINGLE_CHOICE,
			QuestionType.MULTIPLE_CHOICE, QuestionType.RATING, QuestionType.YES_NO_NA, QuestionType.INTEGER,
			QuestionType.DECIMAL);

	private final PollSummary poll;

	private final FormDefinition form;

	private final WeightedResponses data;

	private final Map<Long, Double> weights;

	private final List<Variable> weightingVariables;

	private final WeightingReport report;

	private final boolean stale;

	private final int completed;

	private final LocalizedText methodology;

	private final InvalidInputException weightingProblem;

	PollResults(PollSummary poll, FormDefinition form, WeightedResponses data, Map<Long, Double> weights,
			List<Variable> weightingVariables, WeightingReport report, boolean stale, int completed,
			LocalizedText methodology, InvalidInputException weightingProblem) {
		this.weightingProblem = weightingProblem;
		this.poll = poll;
		this.form = form;
		this.data = data;
		this.weights = weights;
		this.weightingVariables = weightingVariables;
		this.report = report;
		this.stale = stale;
		this.completed = completed;
		this.methodology = methodology;
	}

	public PollSummary poll() {
		return poll;
	}

	public FormDefinition form() {
		return form;
	}

	/** The last weighting, {@code null} when the results are unweighted. */
	public WeightingReport report() {
		return report;
	}

	/** Whether responses were included or excluded after the weights were stored (weights made again in memory). */
	public boolean stale() {
		return stale;
	}

	/**
	 * Why the saved weighting could not be made again for the responses now included, {@code null} when it could
	 * (the results are then unweighted until the weights are computed again).
	 */
	public InvalidInputException weightingProblem() {
		return weightingProblem;
	}

	/** Whether the results are weighted. */
	public boolean weighted() {
		return report != null;
	}

	/** Responses completed, included or not. */
	public int completed() {
		return completed;
	}

	/** Responses included in the analysis. */
	public int included() {
		return data.size();
	}

	/** The methodology statement in Arabic and English. */
	public LocalizedText methodology() {
		return methodology;
	}

	/** The included respondents, in order. */
	public List<Respondent> respondents() {
		return data.respondents();
	}

	/** The final weight of a respondent. */
	public double weight(long responseId) {
		return weights.getOrDefault(responseId, 1.0);
	}

	/** The questions that can be estimated, in form order. */
	public List<Variable> questions() {
		List<Variable> list = new ArrayList<>();
		form.questions().filter(q -> ANALYSABLE.contains(q.type())).forEach(q -> list.add(Variable.of(q)));
		return list;
	}

	/** The weighting variables, in the poll's order. */
	public List<Variable> weightingVariables() {
		return weightingVariables;
	}

	/** The key of a variable. */
	public static String key(Variable variable) {
		return variable.source() == Variable.Source.WEIGHTING ? WEIGHTING + variable.name() : variable.name();
	}

	/**
	 * The variable of a key.
	 *
	 * @throws InvalidInputException {@code polls.results.unknown-variable} (key)
	 */
	public Variable variable(String key) {
		if (key != null && key.startsWith(WEIGHTING)) {
			String code = key.substring(WEIGHTING.length());
			return weightingVariables.stream().filter(v -> v.name().equals(code)).findFirst()
				.orElseThrow(() -> unknown(key));
		}
		Question q = key == null ? null : form.question(key).orElse(null);
		if (q == null || !ANALYSABLE.contains(q.type())) {
			throw unknown(key);
		}
		return Variable.of(q);
	}

	/** The weighted estimates of a question or weighting variable. */
	public QuestionEstimates estimate(String key) {
		return Estimates.of(data, variable(key));
	}

	/** The weighted cross-tab of two variables. */
	public CrossTabulation crossTab(String rowKey, String columnKey) {
		return CrossTabulation.of(data, variable(rowKey), variable(columnKey));
	}

	/** The effective base (Kish) of each column of a cross-tab: respondents who answered both, by column category. */
	public double[] columnEffectiveBases(CrossTabulation table) {
		Map<String, Integer> rowIndex = index(table.rows());
		Map<String, Integer> columnIndex = index(table.columns());
		int k = table.columns().categories().size();
		double[] sum = new double[k];
		double[] squares = new double[k];
		for (Respondent r : data.respondents()) {
			String row = table.rows().valueOf(r);
			String column = table.columns().valueOf(r);
			if (row == null || column == null || !rowIndex.containsKey(row) || !columnIndex.containsKey(column)) {
				continue;
			}
			double w = weight(r.id());
			int c = columnIndex.get(column);
			sum[c] += w;
			squares[c] += w * w;
		}
		double[] bases = new double[k];
		for (int c = 0; c < k; c++) {
			bases[c] = squares[c] == 0 ? 0 : sum[c] * sum[c] / squares[c];
		}
		return bases;
	}

	private static Map<String, Integer> index(Variable v) {
		Map<String, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < v.categories().size(); i++) {
			index.put(v.categories().get(i).code(), i);
		}
		return index;
	}

	private static InvalidInputException unknown(String key) {
		return new InvalidInputException("polls.results.unknown-variable", List.of(new InvalidInputException.Field(
				"question", "polls.results.unknown-variable", List.of(String.valueOf(key)), null)));
	}
}
