package ps.rasd.polls.stats;

import java.util.Arrays;

import ps.rasd.shared.DomainException;

/** Design weights of a stratified sample: a respondent of stratum {@code h} weighs {@code N_h / n_h}. */
public final class DesignWeights {

	private DesignWeights() {
	}

	/**
	 * The design weight of each respondent.
	 *
	 * @param strata the stratum of each respondent and the population of each stratum ({@code N_h})
	 * @return {@code N_h / n_h} for each respondent, {@code n_h} being the respondents of the stratum
	 * @throws DomainException {@code polls.data.empty}; {@code polls.weighting.empty-stratum} (variable, stratum) when a
	 *     stratum with population has no respondent; the checks of codes
	 */
	public static double[] of(Margin strata) {
		if (strata.codes().length == 0) {
			throw new DomainException("polls.data.empty");
		}
		double[] ones = new double[strata.codes().length];
		Arrays.fill(ones, 1.0);
		return PostStratification.scale(ones, strata, "polls.weighting.empty-stratum");
	}
}
