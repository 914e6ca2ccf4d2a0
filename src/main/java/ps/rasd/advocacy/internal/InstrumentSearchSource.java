package ps.rasd.advocacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.advocacy.InstrumentQuery;
import ps.rasd.advocacy.InstrumentView;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/**
 * Published laws and policies in the search: title, number, rights, summary, asks and the whole text extracted from
 * the official PDF, so that a phrase of the law finds it.
 */
class InstrumentSearchSource implements SearchSource {

	private final AdvocacyManagement tracker;

	private final Clock clock;

	InstrumentSearchSource(AdvocacyManagement tracker, Clock clock) {
		this.tracker = tracker;
		this.clock = clock;
	}

	@Override
	public String type() {
		return AdvocacyManagement.TYPE;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return tracker.byIds(ids).stream().filter(InstrumentView::published).map(this::document).toList();
	}

	@Override
	public void forEachDocument(Consumer<SearchDocument> sink) {
		int page = 0;
		while (true) {
			var result = tracker.list(InstrumentQuery.ALL, null, page++, 100);
			result.items().stream().map(this::document).forEach(sink);
			if (!result.hasNext()) {
				return;
			}
		}
	}

	@Override
	public Optional<LocalizedText> facetLabel(String facet, String value) {
		if (facet.equals("type") && value.equals(AdvocacyManagement.TYPE)) {
			return Optional.of(new LocalizedText("قانون أو سياسة", "Law or policy"));
		}
		return Optional.empty();
	}

	SearchDocument document(InstrumentView i) {
		String text = String.join("\n", nonNull(i.number()), nonNull(i.rightsAr()), nonNull(i.rightsEn()),
				nonNull(i.summaryAr()), nonNull(i.summaryEn()), nonNull(i.asksAr()), nonNull(i.asksEn()),
				tracker.text(i.id()));
		LocalDate embargo = i.publishedAt() == null ? null : LocalDate.ofInstant(i.publishedAt(), AccessFacts.ZONE);
		if (embargo != null && !embargo.isAfter(LocalDate.ofInstant(clock.instant(), AccessFacts.ZONE))) {
			embargo = null;
		}
		return new SearchDocument(AdvocacyManagement.TYPE, String.valueOf(i.id()), i.number(),
				new LocalizedText(i.titleAr(), i.titleEn()), List.of(), text, null, null,
				i.sectors().size() == 1 ? i.sectors().get(0) : null, i.stage(),
				i.issuedOn() == null ? null : i.issuedOn().getYear(), Tier.PUBLIC, embargo, null, i.path(),
				"/advocacy/laws/" + i.id());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
