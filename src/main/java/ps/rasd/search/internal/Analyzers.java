package ps.rasd.search.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import ps.rasd.shared.ArabicText;

/**
 * The analysis chains of the index. All start with the standard tokenizer and the application's Arabic folding
 * ({@link FoldingFilter}), so that index and query agree with every other search in Rasd:
 * <ul>
 * <li>{@link #NAME} — proper names: folding, then the article and particles taken off as a variant (no stemming,
 * so that a one-letter typo can be tolerated on whole names);</li>
 * <li>{@link #ARABIC} — running text: folding, Arabic stop words, article and particle variants, light stemming;</li>
 * <li>{@link #ENGLISH} — English names and text: folding, English stop words, Porter stemming.</li>
 * </ul>
 */
final class Analyzers {

	static final String NAME = "name";

	static final String ARABIC = "text";

	static final String INTERNAL = "internal";

	static final String ENGLISH = "text_en";

	/** Names of a record are kept apart, so that a phrase never spans two of them. */
	private static final int NAME_GAP = 100;

	private static final CharArraySet ARABIC_STOP = folded(ArabicAnalyzer.getDefaultStopSet());

	private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

	private Analyzers() {
	}

	/** The Arabic stop words, folded (also given to OpenSearch in the index settings). */
	static List<String> arabicStopWords() {
		List<String> words = new ArrayList<>();
		ARABIC_STOP.forEach(w -> words.add(new String((char[]) w)));
		Collections.sort(words);
		return words;
	}

	/** The analyzer of each text field of the index. */
	static Analyzer perField() {
		Analyzer arabic = arabic();
		return new PerFieldAnalyzerWrapper(name(), Map.of(NAME, name(), ARABIC, arabic, INTERNAL, arabic, ENGLISH,
				english()));
	}

	static Analyzer name() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source,
						new PrefixVariantFilter(new CompoundNameFilter(new FoldingFilter(source))));
			}

			@Override
			public int getPositionIncrementGap(String field) {
				return NAME_GAP;
			}
		};
	}

	static Analyzer arabic() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream chain = new StopFilter(new FoldingFilter(source), ARABIC_STOP);
				TokenStream stemmed = new ArabicStemFilter(new PrefixVariantFilter(new CompoundNameFilter(chain)));
				return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stemmed));
			}
		};
	}

	static Analyzer english() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream chain = new StopFilter(new FoldingFilter(source), ENGLISH_STOP);
				return new TokenStreamComponents(source, new PorterStemFilter(chain));
			}
		};
	}

	/**
	 * A whole name folded, without articles, for an exact match of the full query; a compound name's parts are
	 * joined, so رام الله and رامالله have one key.
	 */
	static String nameKey(String text) {
		StringBuilder key = new StringBuilder();
		boolean join = false;
		for (String word : ArabicText.searchKey(text).split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			String variant = word.startsWith("ال") && !join ? PrefixVariantFilter.variant(word) : null;
			key.append(key.length() == 0 || join ? "" : " ").append(variant != null ? variant : word);
			join = CompoundNameFilter.FIRST_PARTS.contains(word);
		}
		return key.toString();
	}

	private static CharArraySet folded(CharArraySet words) {
		CharArraySet result = new CharArraySet(words.size(), false);
		for (Object word : words) {
			String folded = ArabicText.searchKey(new String((char[]) word));
			if (!folded.isEmpty()) {
				result.add(folded);
			}
		}
		return CharArraySet.unmodifiableSet(result);
	}
}
