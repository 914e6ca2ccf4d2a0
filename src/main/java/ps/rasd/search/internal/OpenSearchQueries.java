package ps.rasd.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Says a Lucene query of the {@link QueryParser} and {@link LuceneScope} in OpenSearch's query language, term for
 * term (the terms are already analysed): one query built once, run on either backend. A synonym query (a word and its
 * variants at one position) becomes the best of its terms; a sloppy phrase, spans near each other in order.
 */
final class OpenSearchQueries {

	/** Most terms a fuzzy word expands to, as in the {@link QueryParser}. */
	private static final int FUZZY_EXPANSIONS = 50;

	private OpenSearchQueries() {
	}

	static Map<String, Object> of(Query query) {
		if (query instanceof BooleanQuery bool) {
			return bool(bool);
		}
		if (query instanceof BoostQuery boost) {
			return Map.of("bool", Map.of("must", List.of(of(boost.getQuery())), "boost", boost.getBoost()));
		}
		if (query instanceof TermQuery term) {
			return term(term.getTerm());
		}
		if (query instanceof SynonymQuery synonyms) {
			List<Object> terms = new ArrayList<>();
			synonyms.getTerms().forEach(t -> terms.add(term(t)));
			return Map.of("dis_max", Map.of("queries", terms));
		}
		if (query instanceof FuzzyQuery fuzzy) {
			Term term = fuzzy.getTerm();
			return Map.of("fuzzy", Map.of(term.field(), Map.of("value", term.text(), "fuzziness", fuzzy.getMaxEdits(),
					"prefix_length", fuzzy.getPrefixLength(), "max_expansions", FUZZY_EXPANSIONS,
					"transpositions", fuzzy.getTranspositions())));
		}
		if (query instanceof PhraseQuery phrase) {
			List<Object> spans = new ArrayList<>();
			for (Term term : phrase.getTerms()) {
				spans.add(Map.of("span_term", Map.of(term.field(), term.text())));
			}
			return Map.of("span_near", Map.of("clauses", spans, "slop", phrase.getSlop(), "in_order", true));
		}
		if (query instanceof PointRangeQuery range && range.getNumDims() == 1) {
			Map<String, Object> bounds = new LinkedHashMap<>();
			long lower = LongPoint.decodeDimension(range.getLowerPoint(), 0);
			long upper = LongPoint.decodeDimension(range.getUpperPoint(), 0);
			if (lower != Long.MIN_VALUE) {
				bounds.put("gte", lower);
			}
			if (upper != Long.MAX_VALUE) {
				bounds.put("lte", upper);
			}
			return Map.of("range", Map.of(range.getField(), bounds));
		}
		if (query instanceof MatchAllDocsQuery) {
			return Map.of("match_all", Map.of());
		}
		if (query instanceof MatchNoDocsQuery) {
			return Map.of("match_none", Map.of());
		}
		throw new IllegalArgumentException("No OpenSearch form for " + query.getClass().getSimpleName());
	}

	private static Map<String, Object> term(Term term) {
		return Map.of("term", Map.of(term.field(), Map.of("value", term.text())));
	}

	private static Map<String, Object> bool(BooleanQuery query) {
		Map<String, List<Object>> clauses = new LinkedHashMap<>();
		for (BooleanClause clause : query.clauses()) {
			String occur = switch (clause.getOccur()) {
				case MUST -> "must";
				case SHOULD -> "should";
				case FILTER -> "filter";
				case MUST_NOT -> "must_not";
			};
			clauses.computeIfAbsent(occur, o -> new ArrayList<>()).add(of(clause.getQuery()));
		}
		Map<String, Object> bool = new LinkedHashMap<>(clauses);
		if (query.getMinimumNumberShouldMatch() > 0) {
			bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
		}
		else if (clauses.containsKey("should") && !clauses.containsKey("must") && !clauses.containsKey("filter")) {
			bool.put("minimum_should_match", 1);
		}
		else if (clauses.isEmpty()) {
			// Lucene's empty boolean query matches nothing
			return Map.of("match_none", Map.of());
		}
		return Map.of("bool", bool);
	}
}
