package ps.rasd.search.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Makes the joined and the split spelling of a compound name alike, as people write both: رام الله / رامالله,
 * عبد الله / عبدالله, بيت لحم / بيتلحم, أبو ديس / ابوديس. After folded tokens: a first part ({@link #FIRST_PARTS})
 * followed by a word also gives their joined form, at the position of the word; a token that starts with a first
 * part and goes on for at least three letters also gives the first part (same position) and the rest (next
 * position). Both spellings then share their terms, in names, text and phrases alike.
 */
final class CompoundNameFilter extends TokenFilter {

	/** Folded first parts of compound names of places and people (أبو, بيت, بني, دير, كفر, عبد, رام, بير/بئر, …). */
	static final Set<String> FIRST_PARTS = Set.of("عبد", "ابو", "بيت", "بني", "دير", "كفر", "رام", "بير", "بءر",
			"خربه", "عين", "ابن");

	private static final int REST = 3;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final Deque<Pending> pending = new ArrayDeque<>();

	private String firstPart;

	private State state;

	CompoundNameFilter(TokenStream input) {
		super(input);
	}

	private record Pending(String term, int increment) {
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			Pending next = pending.poll();
			restoreState(state);
			term.setEmpty().append(next.term());
			position.setPositionIncrement(next.increment());
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		String token = term.toString();
		if (position.getPositionIncrement() > 0) {
			if (firstPart != null) {
				pending.add(new Pending(firstPart + token, 0));
			}
			String split = firstPartOf(token);
			if (split != null) {
				pending.add(new Pending(split, 0));
				pending.add(new Pending(token.substring(split.length()), 1));
			}
			firstPart = FIRST_PARTS.contains(token) ? token : null;
		}
		if (!pending.isEmpty()) {
			state = captureState();
		}
		return true;
	}

	/** The first part a joined token starts with, or {@code null}. */
	static String firstPartOf(String token) {
		for (String part : FIRST_PARTS) {
			if (token.startsWith(part) && token.codePointCount(part.length(), token.length()) >= REST) {
				return part;
			}
		}
		return null;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		firstPart = null;
		state = null;
	}
}
