package ps.rasd.media.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;

import ps.rasd.media.LibraryManagement;
import ps.rasd.media.PublicationView;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/**
 * Published publications in the search: title, authors, topics, abstracts and the whole text extracted from the PDF,
 * so that a phrase inside a study finds it (in any spelling, through the search's Arabic normalisation).
 */
class PublicationSearchSource implements SearchSource {

	private final MessageSource messages;

	private final LibraryManagement library;

	private final Clock clock;

	PublicationSearchSource(LibraryManagement library, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.library = library;
		this.clock = clock;
	}

	@Override
	public String type() {
		return LibraryManagement.TYPE;
	}

	/** Its kind in the search's type filter, in both languages (not its code). */
	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		return facet.equals("type") && value.equals(type()) ? Optional.of(new LocalizedText(
				messages.getMessage("media.search.type.publication", null, Locale.forLanguageTag("ar")),
				messages.getMessage("media.search.type.publication", null, Locale.ENGLISH)))
				: Optional.empty();
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return library.byIds(ids).stream().filter(PublicationView::published).map(this::document).toList();
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		library.allMarkedPublished().stream().map(this::document).forEach(sink);
	}

	SearchDocument document(PublicationView p) {
		String text = String.join("\n", p.authors(), String.join(", ", p.topics()), nonNull(p.abstractAr()),
				nonNull(p.titleEn()), nonNull(p.abstractEn()), library.text(p.id()));
		String governorate = p.governorates().size() == 1 ? p.governorates().get(0) : null;
		return new SearchDocument(LibraryManagement.TYPE, String.valueOf(p.id()), null,
				new LocalizedText(p.titleAr(), p.titleEn()), p.topics(), text, null, governorate, p.sectorCode(),
				p.kind().name(), p.year(), Tier.PUBLIC,
				ArticleSearchSource.embargoDay(p.publishedAt(), clock.instant()), null, p.path(),
				"/editorial/library/" + p.id());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
