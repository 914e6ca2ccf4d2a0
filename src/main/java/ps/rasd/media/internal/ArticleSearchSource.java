package ps.rasd.media.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.jsoup.Jsoup;

import org.springframework.context.MessageSource;

import ps.rasd.media.ArticleView;
import ps.rasd.media.MediaManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Published pages and news posts in the search: titles, summaries, bodies (as text) and tags. Drafts never. */
class ArticleSearchSource implements SearchSource {

	private final MessageSource messages;

	private final MediaManagement media;

	private final Clock clock;

	ArticleSearchSource(MediaManagement media, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.media = media;
		this.clock = clock;
	}

	@Override
	public String type() {
		return MediaManagement.SEARCH_TYPE;
	}

	/** Its kind in the search's type filter, in both languages (not its code). */
	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		return facet.equals("type") && value.equals(type()) ? Optional.of(new LocalizedText(
				messages.getMessage("media.search.type.article", null, Locale.forLanguageTag("ar")),
				messages.getMessage("media.search.type.article", null, Locale.ENGLISH)))
				: Optional.empty();
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return media.byIds(ids).stream().filter(ArticleView::published).map(this::document).toList();
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		media.allPublishedAndScheduled().stream().map(this::document).forEach(sink);
	}

	SearchDocument document(ArticleView a) {
		String text = String.join("\n", nonNull(a.summaryAr()), Jsoup.parse(a.bodyAr()).text(), nonNull(a.titleEn()),
				nonNull(a.summaryEn()), a.bodyEn() == null ? "" : Jsoup.parse(a.bodyEn()).text());
		return new SearchDocument(MediaManagement.SEARCH_TYPE, String.valueOf(a.id()), null,
				new LocalizedText(a.titleAr(), a.titleEn()), a.tags(), text, null, null, null, a.kind().name(),
				a.publishedAt() == null ? null : a.publishedAt().atZone(AccessFacts.ZONE).getYear(), Tier.PUBLIC,
				embargoDay(a.publishedAt(), clock.instant()), null, a.path(), "/editorial/articles/" + a.id());
	}

	/**
	 * None for what is public already; for what is scheduled, the first whole day on which it is public (the index
	 * keeps embargoes as days, so a post scheduled for 10:00 is found from the next midnight).
	 */
	static LocalDate embargoDay(Instant publishedAt, Instant now) {
		if (publishedAt == null || !publishedAt.isAfter(now)) {
			return null;
		}
		var local = publishedAt.atZone(AccessFacts.ZONE);
		return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
