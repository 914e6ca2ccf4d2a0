package ps.rasd.polls.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollResults;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.Publication;
import ps.rasd.polls.analysis.Category;
import ps.rasd.polls.analysis.CategoryEstimate;
import ps.rasd.polls.analysis.CrossTabulation;
import ps.rasd.polls.analysis.QuestionEstimates;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;

/**
 * The published results of opinion polls as open data, for anyone: what the public pages show, as numbers. An
 * estimate on an effective base under 30 is left out (its figures are {@code null} and {@code hidden} is true), and so
 * is a cross-tab column on such a base; nothing about respondents or enumerators is ever given.
 */
@RestController
@RequestMapping(path = "/api/v1/opinion-polls", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicPollRestController {

	private final PollAnalysis analysis;

	private final PollPublication publication;

	private final MessageSource messages;

	PublicPollRestController(PollAnalysis analysis, PollPublication publication, MessageSource messages) {
		this.analysis = analysis;
		this.publication = publication;
		this.messages = messages;
	}

	/**
	 * A poll with published results.
	 *
	 * @param code the poll's code
	 * @param title its title
	 * @param population the population it speaks for
	 * @param fieldworkStart the first day of fieldwork
	 * @param fieldworkEnd the last day of fieldwork
	 */
	record PollItem(String code, LocalizedText title, LocalizedText population, LocalDate fieldworkStart,
			LocalDate fieldworkEnd) {

		static PollItem of(PollSummary poll) {
			return new PollItem(poll.code(), poll.title(), poll.population(), poll.fieldworkStart(),
					poll.fieldworkEnd());
		}
	}

	/**
	 * A poll's published results with the methodology statement that goes with every one of them.
	 *
	 * @param poll the poll
	 * @param methodology how it was done: population, modes, dates, sample, weighting and margin of error
	 * @param weighted whether the results are weighted
	 * @param results the published results, in the order chosen
	 */
	record PollResultsDocument(PollItem poll, LocalizedText methodology, boolean weighted, List<Result> results) {
	}

	/**
	 * One published result: an estimate of a question, or a cross-tab of it by another question or variable.
	 *
	 * @param question the question's name (or {@code var:} and a weighting variable)
	 * @param label what was asked
	 * @param by the other question or variable of a cross-tab, {@code null} for an estimate
	 * @param byLabel its label
	 * @param hidden whether the figures are withheld: an effective base under 30
	 * @param base the responses it rests on
	 * @param effectiveBase the effective sample size after weighting
	 * @param designEffect the design effect due to weighting
	 * @param categories an estimate's categories, empty for a cross-tab
	 * @param mean the weighted mean of a numeric question, {@code null} otherwise
	 * @param columns a cross-tab's columns with their column percentages, empty for an estimate
	 * @param raoScottPValue a cross-tab's design-adjusted test of independence, {@code null} for an estimate
	 */
	record Result(String question, LocalizedText label, String by, LocalizedText byLabel, boolean hidden, Integer base,
			Double effectiveBase, Double designEffect, List<Share> categories, Share mean, List<Column> columns,
			Double raoScottPValue) {
	}

	/**
	 * A share (0 to 1) or a mean with its 95 % interval and margin of error (including the design effect).
	 *
	 * @param code the category's code, {@code null} for a mean
	 * @param label the category's label
	 * @param value the weighted share or mean
	 * @param lower the interval's lower end
	 * @param upper the interval's upper end
	 * @param marginOfError half the interval
	 * @param responses the responses in the category (unweighted)
	 */
	record Share(String code, LocalizedText label, double value, double lower, double upper, double marginOfError,
			Integer responses) {
	}

	/**
	 * A cross-tab column: its category and the column percentages of the row categories.
	 *
	 * @param code the column category's code
	 * @param label its label
	 * @param hidden whether its figures are withheld (effective base under 30)
	 * @param base the responses in the column
	 * @param shares the share of each row category in the column (0 to 1), in the order of {@code rows}
	 * @param rows the row categories
	 */
	record Column(String code, LocalizedText label, boolean hidden, Integer base, List<Double> shares,
			List<Labelled> rows) {
	}

	/**
	 * A category's code and label.
	 *
	 * @param code the code
	 * @param label the label
	 */
	record Labelled(String code, LocalizedText label) {
	}

	/** The polls with published results, the latest published first. */
	@GetMapping
	List<PollItem> polls() {
		return publication.publishedPolls().stream().map(PollItem::of).toList();
	}

	/** A poll's published results, as its public page shows them. */
	@GetMapping("/{code}")
	PollResultsDocument poll(@PathVariable String code) {
		PollResults results = publication.publishedResults(code)
			.orElseThrow(() -> new NotFoundException("polls.public.not-found"));
		List<Result> shown = new ArrayList<>();
		for (Publication p : publication.publications(results.poll().id())) {
			try {
				shown.add(p.byVariable() == null ? estimate(p.question(), results.estimate(p.question()))
						: crossTab(p, results));
			}
			catch (InvalidInputException ex) {
				// a result that no longer computes is left out, as on the page
			}
		}
		return new PollResultsDocument(PollItem.of(results.poll()), results.methodology(), results.weighted(), shown);
	}

	private Result estimate(String question, QuestionEstimates e) {
		if (e.smallBase()) {
			return new Result(question, label(e.variable()), null, null, true, null, null, null, List.of(), null,
					List.of(), null);
		}
		List<Share> categories = new ArrayList<>();
		for (CategoryEstimate c : e.categories()) {
			categories.add(new Share(c.category().code(), label(c.category()), c.share(), c.lower(), c.upper(),
					c.marginOfError(), c.count()));
		}
		Share mean = e.mean() == null ? null
				: new Share(null, null, e.mean().estimate(), e.mean().lower(), e.mean().upper(),
						e.mean().marginOfError(), null);
		return new Result(question, label(e.variable()), null, null, false, e.base(), e.effectiveBase(),
				e.designEffect(), categories, mean, List.of(), null);
	}

	private Result crossTab(Publication p, PollResults results) {
		CrossTabulation t = results.crossTab(p.question(), p.byVariable());
		double[] effective = results.columnEffectiveBases(t);
		List<Labelled> rows = t.rowCategories().stream().map(c -> new Labelled(c.code(), label(c))).toList();
		List<Column> columns = new ArrayList<>();
		boolean anyShown = false;
		for (int c = 0; c < t.columnCategories().size(); c++) {
			Category category = t.columnCategories().get(c);
			boolean hidden = effective[c] < PollResults.SMALL_BASE;
			anyShown |= !hidden;
			List<Double> shares = new ArrayList<>();
			for (int r = 0; r < rows.size(); r++) {
				shares.add(hidden ? null : t.columnPercent(r, c) / 100.0);
			}
			columns.add(new Column(category.code(), label(category), hidden, hidden ? null : t.columnCount(c),
					hidden ? List.of() : shares, rows));
		}
		boolean allShown = columns.stream().noneMatch(Column::hidden);
		return new Result(p.question(), label(t.rows()), p.byVariable(), label(t.columns()), !anyShown, t.base(), null,
				null, List.of(), null, anyShown ? columns : List.of(), allShown ? t.test().pValue() : null);
	}

	private LocalizedText label(Variable v) {
		return v.label() == null ? new LocalizedText(v.name(), v.name()) : v.label();
	}

	private LocalizedText label(Category c) {
		if (c.label() != null) {
			return c.label();
		}
		if (c.labelCode() != null) {
			return new LocalizedText(messages.getMessage(c.labelCode(), null, c.code(), Locale.forLanguageTag("ar")),
					messages.getMessage(c.labelCode(), null, c.code(), Locale.ENGLISH));
		}
		return new LocalizedText(c.code(), c.code());
	}
}
