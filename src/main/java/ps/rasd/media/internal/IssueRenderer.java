package ps.rasd.media.internal;

import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.media.IssueView;
import ps.rasd.shared.RasdProperties;

/**
 * An issue as mail: HTML with inline CSS laid out in tables (what Gmail and Outlook show right to left) and a
 * plain-text part, each rendered once per language; the subscriber's unsubscribe address is put in per mail.
 * Images are Rasd's own; nothing tracks the reader.
 */
@Component
public class IssueRenderer {

	/** Stands for the subscriber's unsubscribe address in a rendered issue. */
	public static final String UNSUBSCRIBE = "%%UNSUBSCRIBE%%";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String baseUrl;

	IssueRenderer(ITemplateEngine templates, MessageSource messages, RasdProperties properties) {
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = properties.baseUrl();
	}

	/** The HTML part in the language of the locale. */
	public String html(IssueView issue, Locale locale) {
		Context context = new Context(locale, Map.of("issue", issue, "baseUrl", baseUrl, "unsubscribe", UNSUBSCRIBE,
				"webUrl", webUrl(issue), "rtl", !"en".equals(locale.getLanguage())));
		return templates.process("media/mail-issue", context);
	}

	/** The plain-text part in the language of the locale. */
	public String text(IssueView issue, Locale locale) {
		StringBuilder text = new StringBuilder(issue.subject(locale)).append("\n\n");
		for (IssueView.Block block : issue.blocks()) {
			if (block.body(locale) == null || block.body(locale).isBlank()) {
				continue;
			}
			Document html = Jsoup.parse(block.body(locale), baseUrl);
			for (Element link : html.select("a[href]")) {
				link.appendText(" <" + link.absUrl("href") + ">");
			}
			for (Element item : html.select("p, li, h2, h3, br")) {
				item.prependText("\n");
			}
			text.append(html.wholeText().replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip())
				.append("\n\n");
		}
		text.append(messages.getMessage("media.mail.web-version", null, locale)).append(' ').append(webUrl(issue))
			.append('\n').append(messages.getMessage("media.mail.unsubscribe", null, locale)).append(' ')
			.append(UNSUBSCRIBE).append('\n');
		return text.toString();
	}

	/** The issue's web version. */
	public String webUrl(IssueView issue) {
		return baseUrl + "/newsletter/issues/" + issue.number();
	}
}
