package ps.rasd.shared.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a large result in pages of ascending id (keyset paging), so that no more than one page is ever in memory and
 * no query or transaction stays open between pages. Works the same on H2 and PostgreSQL.
 */
public final class KeysetPages {

	private KeysetPages() {
	}

	/**
	 * Reads every page and hands each to the consumer.
	 * @param sql a query whose last two parameters are the last id read and the page size: it holds
	 *     {@code id > ?} in its condition and ends with {@code order by id limit ?}
	 * @param arguments the other parameters, in order
	 * @param idOf the id of a mapped row
	 * @return how many rows were read
	 */
	public static <T> long read(JdbcTemplate jdbc, String sql, List<Object> arguments, int pageSize,
			RowMapper<T> mapper, ToLongFunction<T> idOf, Consumer<List<T>> consumer) {
		long last = Long.MIN_VALUE;
		long total = 0;
		while (true) {
			List<Object> args = new ArrayList<>(arguments);
			args.add(last);
			args.add(pageSize);
			List<T> page = jdbc.query(sql, mapper, args.toArray());
			if (page.isEmpty()) {
				return total;
			}
			consumer.accept(page);
			total += page.size();
			last = idOf.applyAsLong(page.get(page.size() - 1));
			if (page.size() < pageSize) {
				return total;
			}
		}
	}

	/** {@code ?, ?, ?} for a list of this size (at least one). */
	public static String placeholders(int size) {
		return String.join(", ", java.util.Collections.nCopies(Math.max(size, 1), "?"));
	}
}
