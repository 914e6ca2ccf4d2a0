package ps.rasd.polls.stats;

/** Pearson and first-order Rao-Scott tests of independence of a weighted two-way table (see {@link CrossTabs}). */
final class RaoScott {

	private RaoScott() {
	}

	/** The test, or {@code null} when fewer than two rows or two columns (or respondents) have answers. */
	static IndependenceTest test(Linearization cells, Linearization rows, Linearization columns) {
		int n = cells.count();
		Proportions pr = Proportions.of(rows, n);
		Proportions pc = Proportions.of(columns, n);
		if (n < 2 || pr.kept < 2 || pc.kept < 2) {
			return null;
		}
		Proportions cell = Proportions.of(cells, n);
		int c = pc.p.length;
		double pearson = 0;
		double cellsPart = 0;
		for (int i = 0; i < pr.p.length; i++) {
			for (int j = 0; j < c; j++) {
				if (pr.p[i] > 0 && pc.p[j] > 0) {
					double p = cell.p[i * c + j];
					double expected = pr.p[i] * pc.p[j];
					pearson += (p - expected) * (p - expected) / expected;
					cellsPart += (1 - p) * cell.deff[i * c + j];
				}
			}
		}
		pearson *= n;
		int df = (pr.kept - 1) * (pc.kept - 1);
		double delta = (cellsPart - pr.weightedDeffs() - pc.weightedDeffs()) / df;
		double raoScott = delta > 0 ? pearson / delta : Double.NaN;
		return new IndependenceTest(pearson, ChiSquare.upperTail(pearson, df), delta, raoScott, df,
				ChiSquare.upperTail(raoScott, df));
	}

	/** Proportions of categories, their design effects, and how many categories have weight. */
	private static final class Proportions {

		final double[] p;

		final double[] deff;

		int kept;

		private Proportions(int size) {
			p = new double[size];
			deff = new double[size];
		}

		static Proportions of(Linearization sums, int n) {
			double[] totals = sums.categoryTotals();
			double w = sums.total();
			Proportions result = new Proportions(totals.length);
			for (int k = 0; k < totals.length; k++) {
				result.p[k] = totals[k] / w;
				result.kept += totals[k] > 0 ? 1 : 0;
			}
			double[] variances = sums.variances(result.p);
			for (int k = 0; k < totals.length; k++) {
				double d = Estimates.designEffect(result.p[k], variances[k], n);
				result.deff[k] = Double.isNaN(d) ? 1 : d;
			}
			return result;
		}

		/** {@code sum (1 - p_k) d_k} over the categories with weight. */
		double weightedDeffs() {
			double sum = 0;
			for (int k = 0; k < p.length; k++) {
				if (p[k] > 0) {
					sum += (1 - p[k]) * deff[k];
				}
			}
			return sum;
		}
	}
}
