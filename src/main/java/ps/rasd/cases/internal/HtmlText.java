package ps.rasd.cases.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * The plain-text part of a mail, from its HTML: block elements become line breaks, links keep their address, tags go,
 * entities are decoded. Enough for the simple mails this module writes, not for arbitrary HTML.
 */
final class HtmlText {

	private HtmlText() {
	}

	static String of(String html) {
		String body = html.replaceAll("(?is)<head>.*?</head>", "")
			.replaceAll("(?i)<br\\s*/?>", "\n")
			.replaceAll("(?i)<li[^>]*>", "\n• ")
			.replaceAll("(?i)</(p|h[1-6]|li|ul|div)>", "\n\n")
			.replaceAll("<[^>]+>", "");
		String text = HtmlUtils.htmlUnescape(body);
		return text.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
	}
}
