package ps.rasd.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import ps.rasd.shared.ArabicText;

/**
 * Folds each token with the application's own {@link ArabicText#searchKey}: hamza forms, taa marbuta, alef maqsura,
 * diacritics, tatweel, Arabic-Indic digits, Latin case and accents. A token that folds to nothing is dropped.
 */
final class FoldingFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	FoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		int skipped = 0;
		while (input.incrementToken()) {
			String folded = ArabicText.searchKey(term.toString()).replace(" ", "");
			if (folded.isEmpty()) {
				skipped += position.getPositionIncrement();
				continue;
			}
			term.setEmpty().append(folded);
			position.setPositionIncrement(position.getPositionIncrement() + skipped);
			return true;
		}
		return false;
	}
}
