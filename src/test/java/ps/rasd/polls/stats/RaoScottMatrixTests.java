package ps.rasd.polls.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * Checks the first-order correction built from cell and marginal design effects against the other standard way of
 * computing it: the mean eigenvalue of the generalized design-effect matrix, trace(Delta) / df, from the full
 * covariance matrix of the cell proportions (Rao and Scott 1984; what R survey svychisq computes). Near independence
 * the two agree; this test builds that matrix from the definitions, independently of the implementation.
 */
class RaoScottMatrixTests {

	@Test
	void designEffectFormulaAgreesWithTheFullMatrixNearIndependence() {
		Random random = new Random(11);
		int n = 3000;
		int rows = 3;
		int columns = 4;
		int[] r = PollFixtures.categories(random, n, 0.5, 0.3, 0.2);
		int[] c = PollFixtures.categories(random, n, 0.1, 0.2, 0.3, 0.4);
		int[] strata = PollFixtures.categories(random, n, 1, 1, 1, 1, 1);
		double[] w = new double[n];
		for (int i = 0; i < n; i++) {
			w[i] = (1 + strata[i]) * (0.5 + random.nextDouble() * random.nextDouble() * 4);
		}

		IndependenceTest test = CrossTabs.tabulate(Sample.stratified(w, strata), new Categorical("a", r, rows),
				new Categorical("b", c, columns)).test();

		double full = meanGeneralizedDesignEffect(w, strata, r, c, rows, columns);
		assertThat(full).isGreaterThan(1.2);
		assertThat(test.designCorrection()).isCloseTo(full, within(0.01 * full));
	}

	private static double meanGeneralizedDesignEffect(double[] w, int[] strata, int[] r, int[] c, int rows,
			int columns) {
		int n = w.length;
		int k = rows * columns;
		double total = 0;
		double[] p = new double[k];
		for (int i = 0; i < n; i++) {
			total += w[i];
			p[r[i] * columns + c[i]] += w[i];
		}
		for (int j = 0; j < k; j++) {
			p[j] /= total;
		}
		RealMatrix v = covariance(w, strata, r, c, columns, p, total);
		RealMatrix x1 = new Array2DRowRealMatrix(k, rows + columns - 1);
		RealMatrix x12 = new Array2DRowRealMatrix(k, (rows - 1) * (columns - 1));
		for (int j = 0; j < k; j++) {
			int row = j / columns;
			int column = j % columns;
			x1.setEntry(j, 0, 1);
			if (row > 0) {
				x1.setEntry(j, row, 1);
			}
			if (column > 0) {
				x1.setEntry(j, rows - 1 + column, 1);
			}
			if (row > 0 && column > 0) {
				x12.setEntry(j, (row - 1) * (columns - 1) + column - 1, 1);
			}
		}
		// Interaction contrasts: the part of X12 orthogonal to the main effects.
		RealMatrix x1t = x1.transpose();
		RealMatrix projection = x1.multiply(new LUDecomposition(x1t.multiply(x1)).getSolver().getInverse()).multiply(x1t);
		RealMatrix contrasts = x12.subtract(projection.multiply(x12));
		double[] inverse = new double[k];
		for (int j = 0; j < k; j++) {
			inverse[j] = 1 / p[j];
		}
		RealMatrix dInverse = MatrixUtils.createRealDiagonalMatrix(inverse);
		RealMatrix ct = contrasts.transpose();
		RealMatrix simple = ct.multiply(dInverse).multiply(contrasts).scalarMultiply(1.0 / (n - 1));
		RealMatrix design = ct.multiply(dInverse).multiply(v).multiply(dInverse).multiply(contrasts);
		RealMatrix delta = new LUDecomposition(simple).getSolver().solve(design);
		return delta.getTrace() / ((rows - 1) * (columns - 1));
	}

	/** sum_h n_h / (n_h - 1) sum_i (u_i - mean_h u)(u_i - mean_h u)', u_i = w_i (y_i - p) / W. */
	private static RealMatrix covariance(double[] w, int[] strata, int[] r, int[] c, int columns, double[] p,
			double total) {
		int k = p.length;
		int h = 5;
		double[][] sums = new double[h][k];
		double[][][] products = new double[h][k][k];
		int[] sizes = new int[h];
		double[] u = new double[k];
		for (int i = 0; i < w.length; i++) {
			int cell = r[i] * columns + c[i];
			for (int j = 0; j < k; j++) {
				u[j] = w[i] * ((j == cell ? 1 : 0) - p[j]) / total;
				sums[strata[i]][j] += u[j];
			}
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < k; b++) {
					products[strata[i]][a][b] += u[a] * u[b];
				}
			}
			sizes[strata[i]]++;
		}
		RealMatrix v = new Array2DRowRealMatrix(k, k);
		for (int s = 0; s < h; s++) {
			double factor = sizes[s] / (sizes[s] - 1.0);
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < k; b++) {
					double centred = products[s][a][b] - sums[s][a] * sums[s][b] / sizes[s];
					v.addToEntry(a, b, factor * centred);
				}
			}
		}
		return v;
	}
}
