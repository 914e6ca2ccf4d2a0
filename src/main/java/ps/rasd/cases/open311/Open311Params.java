package ps.rasd.cases.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;

import ps.rasd.shared.Digits;

/** Open311's query and form parameters read as numbers and times, or refused with the specification's errors. */
final class Open311Params {

	private Open311Params() {
	}

	static Double number(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(Digits.toLatin(value.strip()));
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.number-invalid", field);
		}
	}

	static int whole(String value, String field, int min, int max) {
		try {
			int n = Integer.parseInt(Digits.toLatin(value.strip()));
			if (n < min || n > max) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.range", field, min, max);
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.range", field, min, max);
		}
	}

	static Instant time(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.date-invalid", field);
		}
	}
}
