package ps.rasd.advocacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper laid out for printing: its blocks (headings and paragraphs, each paragraph in runs of text and footnote
 * marks) and its footnotes, numbered 1, 2, … in the order the paper first cites them, whatever their numbers in the
 * evidence base.
 *
 * @param blocks the headings and paragraphs in order
 * @param footnotes the footnotes in order
 */
public record PaperLayout(List<Block> blocks, List<Footnote> footnotes) {

	private static final Pattern MARK = Pattern.compile("\\[(\\d{1,4})\\]");

	/**
	 * A heading or a paragraph.
	 *
	 * @param heading whether it is a heading
	 * @param runs its text, cut at footnote marks
	 */
	public record Block(boolean heading, List<Run> runs) {
	}

	/**
	 * A piece of text, or a footnote mark.
	 *
	 * @param text the text, {@code null} for a mark
	 * @param footnote the footnote number of a mark
	 */
	public record Run(String text, Integer footnote) {
	}

	/**
	 * A footnote: the citation it prints.
	 *
	 * @param number its number in the paper
	 * @param citation the citation
	 */
	public record Footnote(int number, Citation citation) {
	}

	/** The numbers of the evidence base a text cites, in order of first citing. */
	public static List<Integer> cited(String body) {
		List<Integer> numbers = new ArrayList<>();
		Matcher m = MARK.matcher(body == null ? "" : body);
		while (m.find()) {
			int n = Integer.parseInt(m.group(1));
			if (!numbers.contains(n)) {
				numbers.add(n);
			}
		}
		return numbers;
	}

	/** Lays out a text with the evidence base it cites (its citations by their evidence-base number). */
	public static PaperLayout of(String body, Map<Integer, Citation> evidence) {
		Map<Integer, Integer> footnoteOf = new LinkedHashMap<>();
		List<Footnote> footnotes = new ArrayList<>();
		for (int n : cited(body)) {
			Citation c = evidence.get(n);
			if (c != null) {
				footnoteOf.put(n, footnotes.size() + 1);
				footnotes.add(new Footnote(footnotes.size() + 1, c));
			}
		}
		List<Block> blocks = new ArrayList<>();
		for (String part : body.replace("\r", "").split("\n\\s*\n")) {
			List<String> lines = part.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			List<String> paragraph = new ArrayList<>();
			for (String line : lines) {
				if (line.startsWith("#")) {
					flush(paragraph, blocks, footnoteOf);
					blocks.add(new Block(true, runs(line.replaceFirst("^#+\\s*", ""), footnoteOf)));
				}
				else {
					paragraph.add(line);
				}
			}
			flush(paragraph, blocks, footnoteOf);
		}
		return new PaperLayout(blocks, footnotes);
	}

	private static void flush(List<String> paragraph, List<Block> blocks, Map<Integer, Integer> footnoteOf) {
		if (!paragraph.isEmpty()) {
			blocks.add(new Block(false, runs(String.join(" ", paragraph), footnoteOf)));
			paragraph.clear();
		}
	}

	private static List<Run> runs(String text, Map<Integer, Integer> footnoteOf) {
		List<Run> runs = new ArrayList<>();
		Matcher m = MARK.matcher(text);
		int from = 0;
		while (m.find()) {
			Integer footnote = footnoteOf.get(Integer.parseInt(m.group(1)));
			if (footnote == null) {
				continue;
			}
			if (m.start() > from) {
				runs.add(new Run(text.substring(from, m.start()), null));
			}
			runs.add(new Run(null, footnote));
			from = m.end();
		}
		if (from < text.length()) {
			runs.add(new Run(text.substring(from), null));
		}
		return runs;
	}
}
