package ps.rasd.shared.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Conditions of a SQL {@code where} with their parameters, for the queries of export sources. */
public final class SqlConditions {

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> arguments = new ArrayList<>();

	/** Adds a condition with its parameters; all conditions must hold. */
	public SqlConditions and(String condition, Object... args) {
		conditions.add(condition);
		arguments.addAll(List.of(args));
		return this;
	}

	/** Adds the other conditions (with their parameters) as one condition that must hold. */
	public SqlConditions and(SqlConditions other) {
		conditions.add("(" + other.sql() + ")");
		arguments.addAll(other.arguments);
		return this;
	}

	/** Adds {@code column in (...)}; an empty collection matches nothing. */
	public SqlConditions in(String column, Collection<?> values) {
		if (values.isEmpty()) {
			return and("1 = 0");
		}
		conditions.add(column + " in (" + KeysetPages.placeholders(values.size()) + ")");
		arguments.addAll(values);
		return this;
	}

	/** Adds a condition that holds when any of the alternatives holds; none matches nothing. */
	public SqlConditions anyOf(List<SqlConditions> alternatives) {
		if (alternatives.isEmpty()) {
			return and("1 = 0");
		}
		List<String> parts = new ArrayList<>();
		for (SqlConditions alternative : alternatives) {
			parts.add("(" + alternative.sql() + ")");
			arguments.addAll(alternative.arguments);
		}
		conditions.add("(" + String.join(" or ", parts) + ")");
		return this;
	}

	/** The conditions joined by {@code and}; {@code 1 = 1} when there are none. */
	public String sql() {
		return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
	}

	/** The parameters, in order. */
	public List<Object> arguments() {
		return List.copyOf(arguments);
	}
}
