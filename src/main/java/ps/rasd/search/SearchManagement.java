package ps.rasd.search;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import ps.rasd.search.internal.IndexOutbox;
import ps.rasd.search.internal.Indexer;
import ps.rasd.search.internal.SearchEngine;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.InvalidInputException.Field;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.spi.SearchSource;

/**
 * The search facade: a full-text search in Arabic or English over what the modules contribute, filtered by what the
 * person asking may see, with facets and highlighted snippets; and the rebuild of the index. No transaction: the
 * index is not the database.
 */
@Service
public class SearchManagement {

	/** Palestine's local time: an embargo ends at the start of its day there. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Hebron");

	private final SearchEngine engine;

	private final Indexer indexer;

	private final IndexOutbox outbox;

	private final SearchProperties properties;

	private final Clock clock;

	SearchManagement(SearchEngine engine, Indexer indexer, IndexOutbox outbox, SearchProperties properties,
			Clock clock) {
		this.engine = engine;
		this.indexer = indexer;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/** The longest query, in characters. */
	public int maxQueryLength() {
		return properties.maxQueryLength();
	}

	/**
	 * Searches as this person ({@code null}: the public), labels in this language. A {@linkplain
	 * SearchRequest#hitsOnly() hits-only} request gives the best hits without snippets or facets, its total counted
	 * only as far as its page.
	 * @throws InvalidInputException {@code search.invalid}, naming the field: {@code q} empty, too long or with no
	 *         searchable word; a facet whose value is unknown; {@code page} negative or past the last page
	 */
	public SearchResults search(SearchRequest request, RasdPrincipal viewer, Locale locale) {
		String text = clean(request.query());
		List<Field> errors = new ArrayList<>();
		if (text.isEmpty()) {
			errors.add(field("q", "search.query.empty"));
		}
		else if (text.length() > properties.maxQueryLength()) {
			errors.add(field("q", "search.query.too-long", properties.maxQueryLength()));
		}
		else if (!engine.searchable(text)) {
			errors.add(field("q", "search.query.no-terms"));
		}
		request.filters().forEach((facet, values) -> values.stream().filter(v -> !known(facet, v)).findFirst()
			.ifPresent(v -> errors.add(field(facet, "search.facet.unknown", v))));
		if (request.page() < 0) {
			errors.add(field("page", "search.page.invalid"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("search.invalid", errors);
		}
		int size = request.size() <= 0 ? properties.pageSize() : Math.min(request.size(), properties.maxPageSize());
		int lastPage = Math.max(properties.maxResults() / size - 1, 0);
		int offset = Math.min(request.page(), lastPage + 1) * size;
		var found = engine.search(text, request.filters(), offset, size, request.hitsOnly(), Reader.of(viewer),
				clock.instant());
		long total = Math.min(found.total(), (long) (lastPage + 1) * size);
		int totalPages = (int) ((total + size - 1) / size);
		if (request.page() > 0 && request.page() >= totalPages) {
			throw new InvalidInputException("search.invalid", List.of(field("page", "search.page.past-end",
					request.page() + 1, totalPages)));
		}
		List<SearchHit> hits = found.hits().stream()
			.map(h -> new SearchHit(h.type(), label("type", h.type(), locale),
					h.reference(), new LocalizedText(h.titleAr(), h.titleEn()).in(locale), h.snippet(), h.url()))
			.toList();
		return new SearchResults(text, new PageResult<>(hits, request.page(), size, found.total(), totalPages),
				facets(found.facets(), request.filters(), locale));
	}

	/**
	 * The index work that waits: changes committed and not yet searchable. The background indexer drains it in
	 * batches, a fraction of a second behind the changes under load.
	 */
	public IndexBacklog indexBacklog() {
		return outbox.backlog();
	}

	/** Rebuilds the whole index from every module's records. */
	public Reindexed reindex() {
		long start = System.nanoTime();
		Map<String, Integer> counts = indexer.rebuild();
		return new Reindexed(counts, (System.nanoTime() - start) / 1_000_000);
	}

	/** The query without control characters and surrounding or repeated spaces. */
	public static String clean(String query) {
		if (query == null) {
			return "";
		}
		return query.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\u200c\\u200d]]", " ").replaceAll("\\s+", " ").strip();
	}

	private List<Facet> facets(Map<String, Map<String, Integer>> counts, Map<String, List<String>> chosen,
			Locale locale) {
		List<Facet> result = new ArrayList<>();
		for (String name : SearchRequest.FACETS) {
			Map<String, Integer> values = new LinkedHashMap<>(counts.getOrDefault(name, Map.of()));
			List<String> selected = chosen.getOrDefault(name, List.of());
			selected.forEach(v -> values.putIfAbsent(v, 0));
			List<Facet.Value> list = values.entrySet().stream()
				.map(e -> new Facet.Value(e.getKey(), label(name, e.getKey(), locale), e.getValue(),
						selected.contains(e.getKey())))
				.sorted(order(name))
				.toList();
			if (!list.isEmpty()) {
				result.add(new Facet(name, list));
			}
		}
		return result;
	}

	private static Comparator<Facet.Value> order(String facet) {
		if (facet.equals("year")) {
			return Comparator.comparing(Facet.Value::value).reversed();
		}
		return Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::label);
	}

	private boolean known(String facet, String value) {
		if (!SearchRequest.FACETS.contains(facet) || value == null || value.length() > 40) {
			return false;
		}
		if (facet.equals("year")) {
			return value.matches("(19|20)\\d\\d");
		}
		return labelOf(facet, value).isPresent();
	}

	private String label(String facet, String value, Locale locale) {
		return labelOf(facet, value).map(l -> l.in(locale)).orElse(value);
	}

	/**
	 * The label of a facet value, kept five minutes: a search shows some thirty values (governorates, sectors,
	 * states, kinds), and their names come from reference data that hardly changes; asking the sources each time cost
	 * a database query a value.
	 */
	private Optional<LocalizedText> labelOf(String facet, String value) {
		java.time.Instant now = clock.instant();
		if (labelsUntil.isBefore(now)) {
			labels.clear();
			labelsUntil = now.plus(java.time.Duration.ofMinutes(5));
		}
		return labels.computeIfAbsent(facet + '\u0000' + value, k -> findLabel(facet, value));
	}

	private final Map<String, Optional<LocalizedText>> labels = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile java.time.Instant labelsUntil = java.time.Instant.MIN;

	private Optional<LocalizedText> findLabel(String facet, String value) {
		for (SearchSource source : indexer.sources()) {
			Optional<LocalizedText> label = source.facetLabel(facet, value);
			if (label.isPresent()) {
				return label;
			}
		}
		return Optional.empty();
	}

	private static Field field(String name, String code, Object... arguments) {
		return new Field(name, code, List.of(arguments), null);
	}
}
