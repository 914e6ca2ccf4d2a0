package ps.rasd.polls.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import ps.rasd.polls.stats.WeightSummary;
import ps.rasd.shared.LocalizedText;

/**
 * What a methodology statement says about a poll.
 *
 * @param title the poll title
 * @param population the target population, e.g. adults 18 and over in the West Bank and Gaza
 * @param modes how responses were collected, as codes with a message {@code polls.methodology.mode.<code>}:
 *     {@code web}, {@code enumerator}, {@code phone}, {@code import}
 * @param fieldworkStart the first day of fieldwork
 * @param fieldworkEnd the last day of fieldwork
 * @param completed responses completed
 * @param included responses included in the analysis after the quality review
 * @param weighting the weighting variables with the source of their targets, in order; empty when unweighted
 * @param designEffect Kish design effect due to weighting (1 when unweighted)
 * @param marginOfError the overall margin of error at 95 % for a result of 50 %, with the design effect, as a
 *     fraction (0.031 for 3.1 points); {@code null} to compute it from {@code designEffect} and {@code included}
 */
public record PollFacts(LocalizedText title, LocalizedText population, List<String> modes, LocalDate fieldworkStart,
		LocalDate fieldworkEnd, int completed, int included, List<WeightingSource> weighting, double designEffect,
		Double marginOfError) {

	/** Checks the facts are there. */
	public PollFacts {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(population, "population");
		Objects.requireNonNull(fieldworkStart, "fieldworkStart");
		Objects.requireNonNull(fieldworkEnd, "fieldworkEnd");
		modes = modes == null ? List.of() : List.copyOf(modes);
		weighting = weighting == null ? List.of() : List.copyOf(weighting);
		if (included < 1 || completed < included) {
			throw Failures.invalid("included", "polls.methodology.invalid-sample", completed, included);
		}
	}

	/**
	 * One weighting variable and the source of its targets.
	 *
	 * @param variable the variable's name, e.g. governorate
	 * @param source the source, e.g. PCBS census 2017
	 */
	public record WeightingSource(LocalizedText variable, String source) {

		/** From a target table. */
		public static WeightingSource of(PopulationTargetTable table) {
			return new WeightingSource(table.label(), table.source());
		}

		/**
		 * The source in the language of the locale: a source written {@code Arabic / English} (as the seed tables
		 * are, with Arabic letters before the slash and none after it) gives the half of the locale; any other source
		 * is given as written.
		 */
		public String source(java.util.Locale locale) {
			if (source == null) {
				return null;
			}
			int slash = source.indexOf(" / ");
			if (slash < 0 || source.indexOf(" / ", slash + 3) >= 0) {
				return source;
			}
			String arabic = source.substring(0, slash).strip();
			String english = source.substring(slash + 3).strip();
			if (!ARABIC.matcher(arabic).find() || ARABIC.matcher(english).find()) {
				return source;
			}
			return locale != null && "en".equals(locale.getLanguage()) ? english : arabic;
		}

		private static final java.util.regex.Pattern ARABIC = java.util.regex.Pattern.compile("[\\u0600-\\u06FF]");
	}

	/** The margin of error given, or {@code 1.96 * sqrt(deff * 0.25 / included)}. */
	public double overallMarginOfError() {
		return marginOfError != null ? marginOfError
				: WeightSummary.Z95 * Math.sqrt(designEffect * 0.25 / included);
	}
}
