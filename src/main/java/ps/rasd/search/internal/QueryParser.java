package ps.rasd.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

import ps.rasd.shared.Digits;

/**
 * Turns what a person typed into a Lucene query. The text is split into words by the name chain; every word must
 * be found (a stop word may be missing) in a name (exactly, or with one typo when it has three letters or more), in
 * the Arabic text (stemmed), or in English. A full name typed exactly, a phrase of the words in a name, and a
 * reference score higher. Words in a script other than Arabic or Latin, and punctuation, are left out.
 */
final class QueryParser {

	private static final float EXACT_NAME = 12f;

	private static final float NAME = 4f;

	private static final float FUZZY_NAME = 1.5f;

	private static final float PHRASE = 3f;

	private static final float REFERENCE = 50f;

	/** Every word found in one name: a record named so outranks one that mentions the words in passing. */
	private static final float ALL_IN_NAME = 6f;

	private static final float FUZZY_TEXT = 0.3f;

	/** Words this long (in letters) may have one typo in running text too. */
	private static final int FUZZY_TEXT_FROM = 6;

	private static final int FUZZY_FROM = 4;

	private final Analyzer name = Analyzers.name();

	private final Analyzer arabic = Analyzers.arabic();

	private final Analyzer english = Analyzers.english();

	/** The query for the public ({@code withInternal} false) or for staff; {@code null} when no word is searchable. */
	Query parse(String text, boolean withInternal) {
		List<Word> words = words(text);
		if (words.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean anyRequired = false;
		for (Word word : words) {
			List<String> stems = terms(arabic, word.text());
			Query clause = wordClause(word, stems, terms(english, word.text()), withInternal);
			boolean stopWord = stems.isEmpty();
			all.add(clause, stopWord && words.size() > 1 ? Occur.SHOULD : Occur.MUST);
			anyRequired |= !stopWord || words.size() == 1;
		}
		if (!anyRequired) {
			all.setMinimumNumberShouldMatch(1);
		}
		// the words, or the reference, must match; the rest only adds to the score of what does (each clause is
		// evaluated once: as a filter beside a disjunction of the same clauses, the words were matched twice)
		String reference = Digits.toLatin(text.strip()).toLowerCase(Locale.ROOT);
		BooleanQuery required = new BooleanQuery.Builder().add(all.build(), Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.REFERENCE_KEY, reference)), REFERENCE),
					Occur.SHOULD)
			.build();
		BooleanQuery.Builder top = new BooleanQuery.Builder().add(required, Occur.MUST);
		top.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.NAME_KEY, Analyzers.nameKey(text))), EXACT_NAME),
				Occur.SHOULD);
		if (words.size() > 1) {
			BooleanQuery.Builder inName = new BooleanQuery.Builder();
			for (Word word : words) {
				if (!terms(arabic, word.text()).isEmpty()) {
					inName.add(synonyms(Analyzers.NAME, word.terms()), Occur.MUST);
				}
			}
			BooleanQuery allInName = inName.build();
			if (!allInName.clauses().isEmpty()) {
				top.add(new BoostQuery(allInName, ALL_IN_NAME), Occur.SHOULD);
			}
			PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
			words.forEach(w -> phrase.add(new Term(Analyzers.NAME, w.terms().get(0))));
			top.add(new BoostQuery(phrase.build(), PHRASE), Occur.SHOULD);
		}
		return top.build();
	}

	/** Whether the text has at least one searchable word. */
	boolean searchable(String text) {
		return !words(text).isEmpty();
	}

	private Query wordClause(Word word, List<String> stems, List<String> englishTerms, boolean withInternal) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(new BoostQuery(synonyms(Analyzers.NAME, word.terms()), NAME), Occur.SHOULD);
		String base = word.terms().get(0);
		int letters = base.codePointCount(0, base.length());
		if (letters >= FUZZY_FROM - 1) {
			// a three-letter word keeps its first letter: fewer far-fetched matches
			int prefix = letters < FUZZY_FROM ? 1 : 0;
			any.add(new BoostQuery(new FuzzyQuery(new Term(Analyzers.NAME, base), 1, prefix, 50, true), FUZZY_NAME),
					Occur.SHOULD);
		}
		if (!stems.isEmpty()) {
			any.add(synonyms(Analyzers.ARABIC, stems), Occur.SHOULD);
			String stem = stems.get(0);
			if (stem.codePointCount(0, stem.length()) >= FUZZY_TEXT_FROM) {
				any.add(new BoostQuery(new FuzzyQuery(new Term(Analyzers.ARABIC, stem), 1, 2, 50, true), FUZZY_TEXT),
						Occur.SHOULD);
			}
			if (withInternal) {
				any.add(synonyms(Analyzers.INTERNAL, stems), Occur.SHOULD);
			}
		}
		if (!englishTerms.isEmpty()) {
			any.add(synonyms(Analyzers.ENGLISH, englishTerms), Occur.SHOULD);
		}
		return any.build();
	}

	private static Query synonyms(String field, List<String> terms) {
		if (terms.size() == 1) {
			return new TermQuery(new Term(field, terms.get(0)));
		}
		SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
		new LinkedHashSet<>(terms).forEach(t -> builder.addTerm(new Term(field, t)));
		return builder.build();
	}

	/** A word as typed, with its folded terms (the first is the word itself, then its variants). */
	record Word(String text, List<String> terms) {
	}

	/** The searchable words of the text, at most 32. */
	List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		try (TokenStream stream = name.tokenStream(Analyzers.NAME, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken() && words.size() <= 32) {
				String value = term.toString();
				if (position.getPositionIncrement() == 0 && !words.isEmpty()) {
					words.get(words.size() - 1).terms().add(value);
				}
				else if (searchableScript(value)) {
					List<String> terms = new ArrayList<>();
					terms.add(value);
					words.add(new Word(text.substring(offset.startOffset(), offset.endOffset()), terms));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words.size() > 32 ? words.subList(0, 32) : words;
	}

	private static boolean searchableScript(String term) {
		return term.codePoints().allMatch(c -> Character.isDigit(c)
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ArrayList<>(terms);
	}
}
