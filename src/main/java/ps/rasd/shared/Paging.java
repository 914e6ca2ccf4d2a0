package ps.rasd.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyset paging for the JSON API: reads {@code cursor}, {@code sort} and {@code limit} into a {@link CursorRequest}
 * and makes the next page's cursor. A cursor is opaque to clients: the sort key and id of the last row, and a
 * fingerprint of the sort and filters, signed with a key kept with the data, so that a tampered cursor, or one reused
 * with other filters, is refused (as input naming {@code cursor}).
 */
@Component
public class Paging {

	/** The page size when none is asked for. */
	public static final int DEFAULT_LIMIT = 50;

	/**
	 * The largest page number, page size or limit a request may name (checked for every list by the platform): a
	 * million pages of the largest page served stay within the offsets a database query takes.
	 */
	public static final int MAX_PAGE = 1_000_000;

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	Paging(RasdProperties properties, @Value("${rasd.api.cursor-key:}") String configured) {
		this.key = new SecretKeySpec(SecretKeys.load(configured, properties.dataDir().resolve("keys/cursor.key"), 32,
				"cursor key"), "HmacSHA256");
	}

	/**
	 * @param cursor the {@code cursor} parameter, may be {@code null}
	 * @param sort the {@code sort} parameter, may be {@code null} (the default order)
	 * @param limit the {@code limit} parameter, may be {@code null} ({@value #DEFAULT_LIMIT} or the maximum)
	 * @param maxLimit the largest page served
	 * @param options the accepted sort orders
	 * @param filters the filters in force (names to values), part of the cursor's fingerprint
	 * @throws InvalidInputException naming {@code sort}, {@code limit} or {@code cursor}
	 */
	public CursorRequest request(String cursor, String sort, Integer limit, int maxLimit, SortOptions options,
			Map<String, ?> filters) {
		String order = sort == null || sort.isBlank() ? options.defaultSort() : sort.strip();
		if (!options.names().contains(order)) {
			throw invalid("sort", "paging.sort.unknown", order, options.describe());
		}
		int size = limit == null ? Math.min(DEFAULT_LIMIT, maxLimit) : limit;
		if (size < 1 || size > maxLimit) {
			throw invalid("limit", "paging.limit.out-of-range", maxLimit);
		}
		boolean descending = order.startsWith("-");
		String name = descending ? order.substring(1) : order;
		String fingerprint = fingerprint(order, filters);
		if (cursor == null || cursor.isBlank()) {
			return new CursorRequest(order, name, descending, null, null, size, fingerprint);
		}
		String[] parts = open(cursor.strip());
		if (!parts[0].equals(fingerprint)) {
			throw invalid("cursor", "paging.cursor.mismatch");
		}
		return new CursorRequest(order, name, descending, parts[1], Long.valueOf(parts[2]), size, fingerprint);
	}

	/**
	 * The page of {@code rows}, fetched with {@link CursorRequest#fetchSize()}: the first {@code limit} rows, and a
	 * cursor after the last of them when one more row was found.
	 *
	 * @param sortKey the row's sort key (an instant, a number or a text; never {@code null})
	 * @param id the row's id
	 */
	public <T> CursorPage<T> page(List<T> rows, CursorRequest request, Function<T, Object> sortKey,
			ToLongFunction<T> id) {
		if (rows.size() <= request.limit()) {
			return new CursorPage<>(List.copyOf(rows), request.limit(), request.sort(), null, null);
		}
		List<T> items = new ArrayList<>(rows.subList(0, request.limit()));
		T last = items.get(items.size() - 1);
		String next = seal(request.fingerprint() + "\n" + text(sortKey.apply(last)) + "\n" + id.applyAsLong(last));
		return new CursorPage<>(List.copyOf(items), request.limit(), request.sort(), next, null);
	}

	/**
	 * Keyset paging over a short list held in memory: the rows after the cursor in the order asked (then by id), at
	 * most {@link CursorRequest#fetchSize()} of them, ready for {@link #page}.
	 *
	 * @param sortKey the row's sort key (an instant, a number or a text; never {@code null})
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public <T> List<T> slice(List<T> all, CursorRequest request, Function<T, Object> sortKey, ToLongFunction<T> id) {
		java.util.Comparator<T> order = java.util.Comparator
			.<T, Comparable>comparing(row -> (Comparable) comparable(sortKey.apply(row)))
			.thenComparingLong(id);
		if (request.descending()) {
			order = order.reversed();
		}
		java.util.Comparator<T> sorted = order;
		return all.stream().sorted(sorted).filter(row -> request.first() || after(row, request, sortKey, id))
			.limit(request.fetchSize()).toList();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static <T> boolean after(T row, CursorRequest request, Function<T, Object> sortKey, ToLongFunction<T> id) {
		Object key = comparable(sortKey.apply(row));
		Object last = key instanceof java.time.Instant ? java.time.Instant.parse(request.afterKey())
				: key instanceof Long || key instanceof Integer ? Long.valueOf(request.afterKey()) : request.afterKey();
		int c = ((Comparable) (key instanceof Integer i ? Long.valueOf(i) : key)).compareTo(last);
		if (c == 0) {
			c = Long.compare(id.applyAsLong(row), request.afterId());
		}
		return request.descending() ? c < 0 : c > 0;
	}

	private static Object comparable(Object key) {
		return key instanceof java.time.Instant instant ? java.time.Instant.parse(text(instant)) : key;
	}

	/**
	 * An instant as the database keeps it: to the microsecond, rounded (H2 and PostgreSQL round), so that a row read
	 * before it was stored compares equal to itself.
	 */
	private static String text(Object key) {
		if (key instanceof java.time.Instant instant) {
			return instant.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
		}
		return String.valueOf(key);
	}

	private String seal(String payload) {
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
	}

	private String[] open(String cursor) {
		int dot = cursor.indexOf('.');
		try {
			if (dot > 0) {
				byte[] payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
				byte[] signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
				String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
				if (MessageDigest.isEqual(mac(payload), signature) && parts.length == 3) {
					Long.parseLong(parts[2]);
					return parts;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64 or not a number: the same answer as a bad signature
		}
		throw invalid("cursor", "paging.cursor.invalid");
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fingerprint(String order, Map<String, ?> filters) {
		Map<String, String> sorted = new TreeMap<>();
		filters.forEach((name, value) -> {
			if (value != null && !String.valueOf(value).isBlank()) {
				sorted.put(name, String.valueOf(value));
			}
		});
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((order + "|" + sorted).getBytes(StandardCharsets.UTF_8));
			return B64.encodeToString(java.util.Arrays.copyOf(digest, 9));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InvalidInputException invalid(String field, String code, Object... arguments) {
		return new InvalidInputException("paging.invalid",
				List.of(new InvalidInputException.Field(field, code, List.of(arguments), null)));
	}
}
