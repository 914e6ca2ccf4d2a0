package ps.rasd.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression of counts that add up: a count of 1 to {@code min - 1} is hidden (primary suppression); then,
 * wherever the parts of a shown total hide exactly one figure, a second one is hidden too (secondary suppression), so
 * that no hidden count can be found by subtracting the others from the total. The second figure is the smallest
 * count (the least information lost) that does not leave another sum with a single hidden figure, if there is one;
 * repeated until every sum holds none or at least two hidden figures. Used by every public dashboard (analytics,
 * freedoms).
 */
public final class Suppression {

	private final int min;

	private final List<Slot> slots = new ArrayList<>();

	private final List<Sum> sums = new ArrayList<>();

	public Suppression(int min) {
		this.min = min;
	}

	/** A count to show, hidden at once when it is from 1 to {@code min - 1}. */
	public Slot count(long n) {
		Slot slot = new Slot(n, n > 0 && n < min);
		slots.add(slot);
		return slot;
	}

	/** Says that the parts add up to the total (both shown on the same page or file). */
	public void sum(List<Slot> parts, Slot total) {
		sums.add(new Sum(List.copyOf(parts), total));
	}

	/** Hides second figures until no sum has exactly one hidden figure. */
	public void apply() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Sum sum : sums) {
				if (sum.hidden() == 1) {
					hideSecond(sum);
					changed = true;
				}
			}
		}
	}

	private void hideSecond(Sum sum) {
		Slot chosen = sum.parts().stream()
			.filter(s -> !s.hidden)
			.min(Comparator.comparingInt((Slot s) -> leavesSingle(s, sum) ? 1 : 0).thenComparingLong(s -> s.n))
			.orElse(sum.total());
		chosen.hidden = true;
	}

	/** Whether hiding the slot would leave another sum holding it with exactly one hidden figure. */
	private boolean leavesSingle(Slot slot, Sum except) {
		return sums.stream().filter(s -> s != except && s.holds(slot)).anyMatch(s -> s.hidden() == 0);
	}

	/** A count and whether it is hidden. */
	public static final class Slot {

		final long n;

		boolean hidden;

		/** The count. */
		public long count() {
			return n;
		}

		/** Whether it is hidden. */
		public boolean hidden() {
			return hidden;
		}

		Slot(long n, boolean hidden) {
			this.n = n;
			this.hidden = hidden;
		}
	}

	private record Sum(List<Slot> parts, Slot total) {

		int hidden() {
			int count = total.hidden ? 1 : 0;
			for (Slot part : parts) {
				count += part.hidden ? 1 : 0;
			}
			return count;
		}

		boolean holds(Slot slot) {
			return total == slot || parts.stream().anyMatch(p -> p == slot);
		}
	}
}
