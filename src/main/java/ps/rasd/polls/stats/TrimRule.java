package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/**
 * Bounds for trimming weights, either as multiples of the mean positive weight or as absolute values.
 *
 * @param relativeToMean whether {@code lower} and {@code upper} are multiples of the mean weight
 * @param lower the smallest weight kept (0 for no lower bound)
 * @param upper the largest weight kept
 */
public record TrimRule(boolean relativeToMean, double lower, double upper) {

	/** Checks that {@code 0 <= lower <= upper}, and for multiples of the mean that {@code lower <= 1 <= upper}. */
	public TrimRule {
		boolean valid = Double.isFinite(lower) && Double.isFinite(upper) && lower >= 0 && upper > 0 && lower <= upper;
		if (!valid || relativeToMean && (lower > 1 || upper < 1)) {
			throw new DomainException("polls.trimming.invalid-bounds", lower, upper);
		}
	}

	/** Caps weights at {@code upper} times the mean weight, e.g. 5. */
	public static TrimRule atMostTimesMean(double upper) {
		return new TrimRule(true, 0, upper);
	}

	/** Keeps weights between {@code lower} and {@code upper} times the mean weight, e.g. 0.2 and 5. */
	public static TrimRule betweenTimesMean(double lower, double upper) {
		return new TrimRule(true, lower, upper);
	}

	/** Keeps weights between two absolute values. */
	public static TrimRule between(double lower, double upper) {
		return new TrimRule(false, lower, upper);
	}
}
