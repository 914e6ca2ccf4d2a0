package ps.rasd.media.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML an editor may keep: paragraphs, headings, lists, quotes, tables, emphasis, links (http, https, mailto and
 * the site's own paths; {@code rel="noopener nofollow"} added) and images (the content security policy shows only
 * those hosted by Rasd). Scripts, styles, event
 * handlers, frames, forms and {@code javascript:} links are dropped: the page's strict content security policy then
 * never has to forgive anything.
 */
public final class SafeHtml {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.addTags("figure", "figcaption", "hr")
		.addAttributes(":all", "dir", "lang")
		.preserveRelativeLinks(true)
		.addEnforcedAttribute("a", "rel", "noopener nofollow");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private SafeHtml() {
	}

	/** The safe part of the HTML; {@code null} and blank give {@code null}. */
	public static String clean(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		String cleaned = Jsoup.clean(html, "https://rasd.invalid/", ALLOWED, OUTPUT).strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** The text of the HTML, without tags, for search and summaries. */
	public static String text(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}
}
