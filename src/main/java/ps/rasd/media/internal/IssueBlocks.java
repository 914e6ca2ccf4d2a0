package ps.rasd.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import ps.rasd.media.ArticleKind;
import ps.rasd.media.BlockKind;
import ps.rasd.media.IssueView;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.LibraryQuery;
import ps.rasd.media.MediaManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.NewsletterSource;
import ps.rasd.shared.spi.NewsletterSource.Item;

/**
 * The list blocks of a newsletter issue: the records drawn from Rasd (news and publications of this module, findings,
 * a poll result, activities and campaigns through {@link NewsletterSource}) written as mail HTML with inline CSS, once
 * in Arabic (right to left) and once in English. Each record carries its governorate and sector, so that a
 * subscriber who chose some receives only the records about them ({@link #forReader}).
 */
@Component
public class IssueBlocks {

	private static final String ITEM = "data-rasd-item";

	private final MediaManagement media;

	private final LibraryManagement library;

	private final ObjectProvider<NewsletterSource> sources;

	private final MessageSource messages;

	private final String baseUrl;

	IssueBlocks(MediaManagement media, LibraryManagement library, ObjectProvider<NewsletterSource> sources,
			MessageSource messages, RasdProperties properties) {
		this.media = media;
		this.library = library;
		this.sources = sources;
		this.messages = messages;
		this.baseUrl = properties.baseUrl();
	}

	/** A list block filled with what it shows now. */
	public IssueView.Block fill(IssueView.Block block) {
		if (block.kind() == BlockKind.TEXT) {
			return block;
		}
		List<Item> items = items(block.kind());
		return new IssueView.Block(block.position(), block.kind(), html(block.kind(), items, Locale.forLanguageTag("ar")),
				html(block.kind(), items, Locale.ENGLISH));
	}

	/**
	 * The issue as one subscriber receives it: in list blocks, the records about other governorates or sectors than
	 * the ones they chose are left out (records about no governorate or sector stay), and a list left empty goes.
	 * @param governorates the PCBS codes they chose; empty for all
	 * @param sectors the sectors (topics) they chose; empty for all
	 */
	public IssueView forReader(IssueView issue, Set<String> governorates, Set<String> sectors) {
		if (governorates.isEmpty() && sectors.isEmpty()) {
			return issue;
		}
		List<IssueView.Block> kept = new ArrayList<>();
		for (IssueView.Block b : issue.blocks()) {
			if (b.kind() == BlockKind.TEXT) {
				kept.add(b);
				continue;
			}
			String ar = keep(b.bodyAr(), governorates, sectors);
			String en = keep(b.bodyEn(), governorates, sectors);
			if (ar != null) {
				kept.add(new IssueView.Block(b.position(), b.kind(), ar, en));
			}
		}
		return new IssueView(issue.id(), issue.number(), issue.subjectAr(), issue.subjectEn(), issue.status(),
				issue.sentAt(), issue.recipients(), issue.demo(), kept);
	}

	private static String keep(String html, Set<String> governorates, Set<String> sectors) {
		if (html == null || html.isBlank()) {
			return null;
		}
		Document doc = Jsoup.parseBodyFragment(html);
		doc.outputSettings().prettyPrint(false);
		for (Element item : doc.select("[" + ITEM + "]")) {
			if (!wanted(item.attr("data-governorate"), governorates) || !wanted(item.attr("data-sector"), sectors)) {
				item.remove();
			}
		}
		return doc.select("[" + ITEM + "]").isEmpty() ? null : doc.body().html();
	}

	private static boolean wanted(String code, Set<String> chosen) {
		return code.isEmpty() || chosen.isEmpty() || chosen.contains(code);
	}

	private List<Item> items(BlockKind kind) {
		int limit = kind.limit();
		return switch (kind) {
			case NEWS -> media.latest(ArticleKind.NEWS, limit).stream()
				.map(a -> new Item(new LocalizedText(a.titleAr(), a.titleEn()), text(a.summaryAr(), a.summaryEn()),
						a.path(), null, null, a.publishedAt()))
				.toList();
			case PUBLICATIONS -> library.list(LibraryQuery.ALL, null, 0, limit).items().stream()
				.map(p -> new Item(new LocalizedText(p.titleAr(), p.titleEn()), text(p.authors(), null), p.path(),
						p.governorates().size() == 1 ? p.governorates().get(0) : null, p.sectorCode(), null))
				.toList();
			default -> sources.orderedStream().filter(s -> s.block().equals(kind.source())).findFirst()
				.map(s -> s.items(limit)).orElse(List.of());
		};
	}

	private String html(BlockKind kind, List<Item> items, Locale locale) {
		if (items.isEmpty()) {
			return "";
		}
		boolean rtl = !"en".equals(locale.getLanguage());
		String side = rtl ? "right" : "left";
		StringBuilder html = new StringBuilder("<h2 style=\"margin:0 0 8px 0;font-size:19px;line-height:1.4;color:#0e7c66;\">")
			.append(escape(messages.getMessage("media.block.heading." + kind, null, locale))).append("</h2>");
		for (Item item : items) {
			html.append("<div ").append(ITEM).append("=\"").append(kind.name().toLowerCase(Locale.ROOT)).append('"');
			attribute(html, "data-governorate", item.governorateCode());
			attribute(html, "data-sector", item.sectorCode());
			html.append(" style=\"margin:0 0 10px 0;padding:10px 12px;background:#f3f8f6;border-").append(side)
				.append(":4px solid #0e7c66;text-align:").append(side).append(";\"><a href=\"")
				.append(escape(baseUrl + item.path()))
				.append("\" style=\"color:#1b2a3a;font-weight:bold;text-decoration:underline;\">")
				.append(escape(item.title().in(locale))).append("</a>");
			if (item.detail() != null) {
				html.append(kind == BlockKind.POLL
						? "<div style=\"margin:6px 0 0 0;font-size:18px;font-weight:bold;color:#0e7c66;\">"
						: "<div style=\"margin:4px 0 0 0;font-size:14px;color:#555555;\">")
					.append(escape(item.detail().in(locale))).append("</div>");
			}
			html.append("</div>");
		}
		return html.toString();
	}

	private static void attribute(StringBuilder html, String name, String value) {
		if (value != null && !value.isBlank()) {
			html.append(' ').append(name).append("=\"").append(escape(value.strip())).append('"');
		}
	}

	private static LocalizedText text(String ar, String en) {
		return ar == null || ar.isBlank() ? null : new LocalizedText(ar, en);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
