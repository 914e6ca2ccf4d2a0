package ps.rasd.cases;

/**
 * An open case that may be the same problem.
 *
 * @param reference its reference
 * @param title its title
 * @param status its state
 * @param reason why it is suggested
 * @param textSimilarity how alike the texts read, 0 to 1
 * @param metres how far apart, when both have a location
 */
public record SimilarCase(String reference, String title, CaseStatus status, Reason reason, double textSimilarity,
		Double metres) {

	/** Why a case is suggested as similar. */
	public enum Reason {
		SAME_FACILITY, NEARBY, SIMILAR_TEXT
	}
}
