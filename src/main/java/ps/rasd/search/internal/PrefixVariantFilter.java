package ps.rasd.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After a folded Arabic token, adds at the same position the token without its definite article or attached
 * particle: {@code الخليل → خليل}, {@code بالخليل → خليل}, {@code وغزه → غزه}, {@code لبيت → بيت}. The token itself
 * is kept, so an exact spelling still scores higher. A one-letter particle (و ب ل ف ك) is taken off only when at
 * least three letters remain, so short words are left alone.
 */
final class PrefixVariantFilter extends TokenFilter {

	static final String[] ARTICLES = { "وال", "بال", "كال", "فال", "لل", "ال" };

	static final String PARTICLES = "وبلفك";

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private String pending;

	private State state;

	PrefixVariantFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (pending != null) {
			restoreState(state);
			term.setEmpty().append(pending);
			position.setPositionIncrement(0);
			pending = null;
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		String variant = variant(term.toString());
		if (variant != null) {
			pending = variant;
			state = captureState();
		}
		return true;
	}

	/** The token without its article or particle, or {@code null} when it has none. */
	static String variant(String token) {
		for (String article : ARTICLES) {
			if (token.startsWith(article) && token.length() - article.length() >= 2) {
				return token.substring(article.length());
			}
		}
		if (token.length() >= 4 && PARTICLES.indexOf(token.charAt(0)) >= 0) {
			return token.substring(1);
		}
		return null;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending = null;
		state = null;
	}
}
