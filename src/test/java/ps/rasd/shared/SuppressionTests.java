package ps.rasd.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SuppressionTests {

	@Test
	void aSingleHiddenCountInARowWithItsTotalShownGetsASecondHiddenCount() {
		Suppression s = new Suppression(5);
		var open = s.count(3);
		var resolved = s.count(9);
		var closed = s.count(6);
		var total = s.count(18);
		s.sum(List.of(open, resolved, closed), total);
		s.apply();
		// 18 - 9 - 6 would give the 3 away: the smallest other count goes too, the total stays
		assertThat(open.hidden()).isTrue();
		assertThat(closed.hidden()).isTrue();
		assertThat(resolved.hidden()).isFalse();
		assertThat(total.hidden()).isFalse();
	}

	@Test
	void rowsAndColumnsWithTheirTotalsNeverHoldExactlyOneHiddenCount() {
		Random random = new Random(42);
		for (int round = 0; round < 500; round++) {
			Suppression s = new Suppression(5);
			int rows = 1 + random.nextInt(5);
			int columns = 1 + random.nextInt(4);
			List<List<Suppression.Slot>> grid = new ArrayList<>();
			long[] columnTotals = new long[columns];
			List<List<Suppression.Slot>> sums = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				List<Suppression.Slot> row = new ArrayList<>();
				long total = 0;
				for (int c = 0; c < columns; c++) {
					long n = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
					row.add(s.count(n));
					total += n;
					columnTotals[c] += n;
				}
				var rowTotal = s.count(total);
				s.sum(row, rowTotal);
				List<Suppression.Slot> all = new ArrayList<>(row);
				all.add(rowTotal);
				sums.add(all);
				grid.add(row);
			}
			for (int c = 0; c < columns; c++) {
				int column = c;
				List<Suppression.Slot> parts = grid.stream().map(row -> row.get(column)).toList();
				var head = s.count(columnTotals[c]);
				s.sum(parts, head);
				List<Suppression.Slot> all = new ArrayList<>(parts);
				all.add(head);
				sums.add(all);
			}
			s.apply();
			for (List<Suppression.Slot> sum : sums) {
				assertThat(sum.stream().filter(x -> x.hidden()).count()).isNotEqualTo(1);
				// every small count is hidden
				sum.stream().filter(x -> x.n > 0 && x.n < 5).forEach(x -> assertThat(x.hidden()).isTrue());
			}
		}
	}
}
