package ps.rasd.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Ready-to-post text for a platform: the title, the summary, the hashtags and the link, shortened (the summary
 * first, then the title, at a word) to fit the platform's limit as the platform counts it.
 */
public final class PostText {

	/**
	 * A platform and how it counts.
	 *
	 * @param code the platform
	 * @param limit its limit
	 * @param weighted whether it counts as X does: a link is 23, a character of the Latin, Arabic, Hebrew and other
	 *        scripts up to U+10FF (and common punctuation) is 1, every other code point (CJK, emoji) is 2
	 */
	public record Platform(String code, int limit, boolean weighted) {
	}

	/**
	 * X (280 weighted), Facebook (text kept short: 500), Instagram (2,200), LinkedIn (3,000), Telegram (4,096),
	 * WhatsApp (kept to one screen: 1,000).
	 */
	public static final List<Platform> PLATFORMS = List.of(new Platform("x", 280, true),
			new Platform("facebook", 500, false), new Platform("instagram", 2200, false),
			new Platform("linkedin", 3000, false), new Platform("telegram", 4096, false),
			new Platform("whatsapp", 1000, false));

	/** What X counts for any link, whatever its length. */
	static final int X_LINK = 23;

	private PostText() {
	}

	/** The post: title, summary, hashtags and link, each on its line, within the platform's limit. */
	public static String compose(Platform platform, String title, String summary, List<String> hashtags, String url) {
		String tags = hashtags.stream().map(t -> "#" + t.strip().replaceAll("\\s+", "_"))
			.collect(Collectors.joining(" "));
		String body = summary == null || summary.isBlank() ? title : title + "\n" + summary.strip();
		String tail = (tags.isEmpty() ? "" : "\n" + tags) + "\n" + url;
		while (length(platform, body + tail) > platform.limit() && body.length() > 1) {
			body = shorter(body);
		}
		if (length(platform, body + tail) > platform.limit()) {
			return url;
		}
		return body + tail;
	}

	/** The length of a text as the platform counts it. */
	public static int length(Platform platform, String text) {
		if (!platform.weighted()) {
			return text.codePointCount(0, text.length());
		}
		int length = 0;
		for (String word : text.split("(?<=\\s)|(?=\\s)")) {
			if (word.matches("https?://\\S+")) {
				length += X_LINK;
			}
			else {
				length += word.codePoints().map(PostText::weight).sum();
			}
		}
		return length;
	}

	private static int weight(int c) {
		boolean light = c <= 0x10FF || c >= 0x2000 && c <= 0x200D || c >= 0x2010 && c <= 0x201F
				|| c >= 0x2032 && c <= 0x2037;
		return light ? 1 : 2;
	}

	/** Drops the last word, ending with an ellipsis. */
	private static String shorter(String text) {
		String cut = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
		int space = cut.stripTrailing().lastIndexOf(' ');
		int newline = cut.stripTrailing().lastIndexOf('\n');
		int at = Math.max(space, newline);
		return (at > 0 ? cut.substring(0, at) : cut.substring(0, cut.length() - 1)).stripTrailing() + "…";
	}
}
