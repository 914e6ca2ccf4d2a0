package ps.rasd.cases.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.Tier;

/** What a case needs to be published: a public title and story for the public tier, each of bounded length. */
public final class PublicationPolicy {

	private PublicationPolicy() {
	}

	/**
	 * @throws InvalidInputException {@code publicTitle}, {@code publicStory}: missing for the public, or too long
	 */
	public static void check(Tier tier, String publicTitle, String publicStory) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (tier == Tier.PUBLIC && CaseFile.blankOrNull(publicTitle) == null) {
			errors.put("publicTitle", "cases.public-copy.required");
		}
		if (tier == Tier.PUBLIC && CaseFile.blankOrNull(publicStory) == null) {
			errors.put("publicStory", "cases.public-copy.required");
		}
		if (publicTitle != null && publicTitle.length() > 200) {
			errors.put("publicTitle", "cases.field.too-long");
		}
		if (publicStory != null && publicStory.length() > 8000) {
			errors.put("publicStory", "cases.field.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("cases.case.invalid", errors);
		}
	}
}
