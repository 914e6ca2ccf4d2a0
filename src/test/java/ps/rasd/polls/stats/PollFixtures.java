package ps.rasd.polls.stats;

import java.util.Arrays;
import java.util.Random;

/** Respondents built from small tables, and large synthetic samples. */
final class PollFixtures {

	private PollFixtures() {
	}

	/**
	 * The respondents of a table of counts: {@code counts[r][c]} respondents answered row {@code r} and column
	 * {@code c}. Returns {@code {rows, columns}}, the codes of each respondent, row by row.
	 */
	static int[][] respondents(int[][] counts) {
		int n = Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
		int[] rows = new int[n];
		int[] columns = new int[n];
		int i = 0;
		for (int r = 0; r < counts.length; r++) {
			for (int c = 0; c < counts[r].length; c++) {
				for (int k = 0; k < counts[r][c]; k++) {
					rows[i] = r;
					columns[i] = c;
					i++;
				}
			}
		}
		return new int[][] { rows, columns };
	}

	static double[] ones(int n) {
		double[] w = new double[n];
		Arrays.fill(w, 1.0);
		return w;
	}

	/** Categories {@code 0..k-1} drawn with the given relative frequencies. */
	static int[] categories(Random random, int n, double... frequencies) {
		double total = Arrays.stream(frequencies).sum();
		int[] codes = new int[n];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble() * total;
			int c = 0;
			while (c < frequencies.length - 1 && u >= frequencies[c]) {
				u -= frequencies[c];
				c++;
			}
			codes[i] = c;
		}
		return codes;
	}
}
