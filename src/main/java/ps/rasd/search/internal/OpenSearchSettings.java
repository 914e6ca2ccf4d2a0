package ps.rasd.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The index on OpenSearch: its analysis — the Lucene chains of {@link Analyzers} said as index settings with the
 * filters of OpenSearch's {@code analysis-common} module — and its fields, those {@link DocumentMapper} writes.
 * <ul>
 * <li>folding ({@link FoldingFilter}): a mapping of hamza forms, taa marbuta, alef maqsura and Arabic-Indic digits,
 * diacritics, tatweel, hamza and apostrophes taken out, then lower case, Latin accents, and what is neither letter
 * nor digit taken out of a token;</li>
 * <li>compound names ({@link CompoundNameFilter}): a first part and the next word also give their joined form (a
 * shingle kept only after a first part), and a joined token also gives its parts;</li>
 * <li>prefix variants ({@link PrefixVariantFilter}): the token without its article or particle, by one pattern whose
 * alternatives are tried in the filter's order;</li>
 * <li>then Arabic stop words and light stemming, or English stop words and Porter stemming.</li>
 * </ul>
 * The query is analysed by the application with the Lucene chains and sent as terms, so both backends search for
 * the same terms. Known differences: no NFKD (presentation forms of Arabic letters are not folded), a compound's
 * parts share one position, and a first part is not joined across a stop word.
 */
final class OpenSearchSettings {

	/** Raise with {@link SearchIndex#SCHEMA} or when these settings change: the shared index is then rebuilt. */
	static final String SCHEMA = SearchIndex.SCHEMA + "-os1";

	private static final String SEPARATOR = "§";

	private OpenSearchSettings() {
	}

	/** The body that creates an index: settings and mappings. */
	static Map<String, Object> index() {
		return Map.of("settings", settings(), "mappings", mappings());
	}

	static Map<String, Object> settings() {
		Map<String, Object> charFilters = new LinkedHashMap<>();
		charFilters.put("rasd_letters", Map.of("type", "mapping", "mappings", letterMappings()));
		charFilters.put("rasd_marks", Map.of("type", "pattern_replace",
				"pattern", "[\\p{Mn}\\p{Me}\\p{Mc}\\p{Cf}\\u0640\\u0621\\u066C'`\\u2018\\u2019\\u02BE\\u02BF]",
				"replacement", ""));
		String firstParts = String.join("|", new TreeSet<>(CompoundNameFilter.FIRST_PARTS));
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("rasd_inner", Map.of("type", "pattern_replace", "pattern", "[^\\p{L}\\p{Nd}]", "replacement", ""));
		filters.put("rasd_nonempty", Map.of("type", "length", "min", 1));
		filters.put("rasd_pairs", Map.of("type", "shingle", "min_shingle_size", 2, "max_shingle_size", 2,
				"output_unigrams", true, "token_separator", SEPARATOR, "filler_token", ""));
		filters.put("rasd_join", Map.of("type", "pattern_replace",
				"pattern", "^(" + firstParts + ")" + SEPARATOR + "(.+)$", "replacement", "$1$2"));
		filters.put("rasd_unpair", Map.of("type", "pattern_replace", "pattern", "^.*" + SEPARATOR + ".*$",
				"replacement", ""));
		filters.put("rasd_split", Map.of("type", "pattern_capture", "preserve_original", true,
				"patterns", List.of("^(" + firstParts + ")(.{3,})$")));
		String articles = String.join("|", PrefixVariantFilter.ARTICLES);
		filters.put("rasd_prefix", Map.of("type", "pattern_capture", "preserve_original", true, "patterns",
				List.of("^(?:(?:" + articles + ")(.{2,})|[" + PrefixVariantFilter.PARTICLES + "](.{3,}))$")));
		filters.put("rasd_arabic_stop", Map.of("type", "stop", "stopwords", Analyzers.arabicStopWords()));
		filters.put("rasd_english_stop", Map.of("type", "stop", "stopwords", "_english_"));
		List<String> fold = List.of("lowercase", "asciifolding", "rasd_inner", "rasd_nonempty");
		List<String> compound = List.of("rasd_pairs", "rasd_join", "rasd_unpair", "rasd_nonempty", "rasd_split",
				"rasd_prefix");
		Map<String, Object> analyzers = new LinkedHashMap<>();
		analyzers.put("rasd_name", analyzer(concat(fold, compound)));
		analyzers.put("rasd_arabic", analyzer(concat(fold, List.of("rasd_arabic_stop"), compound,
				List.of("arabic_stem", "remove_duplicates"))));
		analyzers.put("rasd_english", analyzer(concat(fold, List.of("rasd_english_stop", "porter_stem"))));
		return Map.of("index", Map.of("number_of_shards", 1, "auto_expand_replicas", "0-1"),
				"analysis", Map.of("char_filter", charFilters, "filter", filters, "analyzer", analyzers));
	}

	private static Map<String, Object> analyzer(List<String> filters) {
		return Map.of("type", "custom", "char_filter", List.of("rasd_letters", "rasd_marks"), "tokenizer", "standard",
				"filter", filters);
	}

	@SafeVarargs
	private static List<String> concat(List<String>... parts) {
		List<String> all = new ArrayList<>();
		for (List<String> part : parts) {
			all.addAll(part);
		}
		return all;
	}

	private static List<String> letterMappings() {
		List<String> rules = new ArrayList<>(List.of("أ=>ا", "إ=>ا", "آ=>ا", "ٱ=>ا", "ٲ=>ا", "ٳ=>ا", "ؤ=>و", "ئ=>ي",
				"ى=>ي", "ی=>ي", "ة=>ه", "ک=>ك", "٫=>."));
		for (int d = 0; d < 10; d++) {
			rules.add((char) ('\u0660' + d) + "=>" + d);
			rules.add((char) ('\u06F0' + d) + "=>" + d);
		}
		return rules;
	}

	static Map<String, Object> mappings() {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String keyword : List.of(DocumentMapper.ID, DocumentMapper.KEY, DocumentMapper.REFERENCE_KEY,
				DocumentMapper.NAME_KEY, DocumentMapper.TIER, DocumentMapper.OWNER, DocumentMapper.ASSIGNEE,
				DocumentMapper.ORGANISATION)) {
			fields.put(keyword, Map.of("type", "keyword"));
		}
		DocumentMapper.FACETS.forEach(f -> fields.put(DocumentMapper.facetField(f), Map.of("type", "keyword")));
		for (String stored : List.of(DocumentMapper.REFERENCE, DocumentMapper.TITLE_AR, DocumentMapper.TITLE_EN,
				DocumentMapper.URL, DocumentMapper.STAFF_URL)) {
			fields.put(stored, Map.of("type", "keyword", "index", false, "doc_values", false));
		}
		fields.put(DocumentMapper.EMBARGO, Map.of("type", "long"));
		fields.put(Analyzers.NAME, Map.of("type", "text", "analyzer", "rasd_name", "position_increment_gap", 100));
		fields.put(Analyzers.ARABIC, Map.of("type", "text", "analyzer", "rasd_arabic", "index_options", "offsets"));
		fields.put(Analyzers.INTERNAL, Map.of("type", "text", "analyzer", "rasd_arabic", "index_options", "offsets"));
		fields.put(Analyzers.ENGLISH, Map.of("type", "text", "analyzer", "rasd_english", "position_increment_gap", 0));
		return Map.of("dynamic", "strict", "_meta", Map.of("schema", SCHEMA), "properties", fields);
	}
}
