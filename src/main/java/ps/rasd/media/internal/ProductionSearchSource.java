package ps.rasd.media.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;

import ps.rasd.media.ProductionManagement;
import ps.rasd.media.ProductionView;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Published media productions in the search: titles, summaries, kind and partner (never the team's names). */
class ProductionSearchSource implements SearchSource {

	private final ProductionManagement productions;

	private final Clock clock;

	private final MessageSource messages;

	ProductionSearchSource(ProductionManagement productions, Clock clock, MessageSource messages) {
		this.productions = productions;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if ("type".equals(facet) && ProductionManagement.TYPE.equals(value)) {
			return Optional.of(new LocalizedText(messages.getMessage("media.productions.search-type", null,
					Locale.forLanguageTag("ar")), messages.getMessage("media.productions.search-type", null,
							Locale.ENGLISH)));
		}
		if ("status".equals(facet)) {
			return productions.kinds().stream().filter(k -> k.code().equals(value)).findFirst()
				.map(k -> new LocalizedText(k.nameAr(), k.nameEn()));
		}
		return Optional.empty();
	}

	@Override
	public String type() {
		return ProductionManagement.TYPE;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return productions.byIds(ids).stream().filter(ProductionView::published).map(this::document).toList();
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		productions.allMarkedPublished().stream().map(this::document).forEach(sink);
	}

	SearchDocument document(ProductionView p) {
		String text = String.join("\n", nonNull(p.summaryAr()), nonNull(p.titleEn()), nonNull(p.summaryEn()),
				nonNull(p.partner()), p.kind().nameAr(), p.kind().nameEn());
		Integer year = p.releasedOn() == null ? null : p.releasedOn().getYear();
		return new SearchDocument(ProductionManagement.TYPE, String.valueOf(p.id()), null,
				new LocalizedText(p.titleAr(), p.titleEn()), List.of(), text, null, null, null, p.kind().code(), year,
				Tier.PUBLIC, ArticleSearchSource.embargoDay(p.publishedAt(), clock.instant()), null, p.path(),
				"/editorial/media/" + p.id());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
