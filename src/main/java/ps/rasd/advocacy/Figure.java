package ps.rasd.advocacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cited figure as data, not as text: a message (which says how the figure reads) and its parts (numbers, dates,
 * texts and coded states), so that it is shown in the reader's language and digits (Arabic-Indic in the Arabic
 * interface, Latin in English) and compared as data to tell whether it changed. Kept with a citation as JSON with
 * Latin digits and ISO dates.
 *
 * @param key the message that writes it, e.g. {@code advocacy.value.poll}
 * @param parts its parts, in the message's order
 */
public record Figure(String key, List<Part> parts) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Figure {
		parts = List.copyOf(parts);
	}

	/** What a part is, and so how it is written. */
	public enum Type {
		/** A whole number. */
		INTEGER,
		/** A number with one decimal. */
		DECIMAL,
		/** A day (ISO). */
		DATE,
		/** A text, written as it is. */
		TEXT,
		/** A message code (a case's status), written in the reader's language. */
		CODE
	}

	/**
	 * One part of a figure.
	 *
	 * @param type what it is
	 * @param value its value in Latin digits or ISO form, {@code null} when there is none (written as a dash)
	 */
	public record Part(Type type, String value) {
	}

	public static Figure of(String key, Part... parts) {
		return new Figure(key, List.of(parts));
	}

	public static Part integer(Number n) {
		return new Part(Type.INTEGER, n == null ? null : String.valueOf(n.longValue()));
	}

	public static Part decimal(Number n) {
		return new Part(Type.DECIMAL, n == null ? null
				: new BigDecimal(n.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString());
	}

	public static Part date(LocalDate day) {
		return new Part(Type.DATE, day == null ? null : day.toString());
	}

	public static Part text(String text) {
		return new Part(Type.TEXT, text);
	}

	public static Part code(String messageCode) {
		return new Part(Type.CODE, messageCode);
	}

	/** As kept with a citation. */
	public String json() {
		return JSON.writeValueAsString(this);
	}

	/** A figure kept as {@link #json()}, empty for none or for what cannot be read. */
	public static Optional<Figure> parse(String json) {
		if (json == null || json.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(json, Figure.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}
}
