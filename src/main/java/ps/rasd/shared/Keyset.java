package ps.rasd.shared;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;

/** Criteria pieces for keyset paging over (sort key, id): the order, and the condition "after the cursor". */
public final class Keyset {

	private Keyset() {
	}

	/** Rows after ({@code value}, {@code afterId}) in the order given. */
	public static <Y extends Comparable<? super Y>> Predicate after(CriteriaBuilder cb, Expression<Y> key,
			Expression<Long> id, Y value, long afterId, boolean descending) {
		if (descending) {
			return cb.or(cb.lessThan(key, value), cb.and(cb.equal(key, value), cb.lessThan(id, afterId)));
		}
		return cb.or(cb.greaterThan(key, value), cb.and(cb.equal(key, value), cb.greaterThan(id, afterId)));
	}

	/** Order by the key, then the id, both in the direction given. */
	public static List<Order> order(CriteriaBuilder cb, Expression<?> key, Expression<?> id, boolean descending) {
		return descending ? List.of(cb.desc(key), cb.desc(id)) : List.of(cb.asc(key), cb.asc(id));
	}
}
