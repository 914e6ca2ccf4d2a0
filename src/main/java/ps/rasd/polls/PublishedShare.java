package ps.rasd.polls;

import ps.rasd.shared.LocalizedText;

/**
 * One published figure of a poll, for citing elsewhere (advocacy's evidence base): a category of a question
 * published alone, its weighted share with the margin of error (95 %, with the design effect), and the methodology
 * statement that goes with it.
 *
 * @param pollCode the poll's public code
 * @param pollTitle the poll's title
 * @param question the question's name
 * @param questionLabel the question's wording
 * @param category the category's code
 * @param categoryLabel the category's label
 * @param share the weighted share, 0–1
 * @param marginOfError the margin of error of the share, 0–1
 * @param base the respondents who answered (unweighted)
 * @param methodology the methodology statement
 */
public record PublishedShare(String pollCode, LocalizedText pollTitle, String question, LocalizedText questionLabel,
		String category, LocalizedText categoryLabel, double share, double marginOfError, int base,
		LocalizedText methodology) {

	/** The reference of this figure: poll code, question and category, separated by {@code /}. */
	public String reference() {
		return pollCode + "/" + question + "/" + category;
	}
}
