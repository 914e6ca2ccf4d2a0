package ps.rasd.activities.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.SessionSummary;

/**
 * iCalendar (RFC 5545) text for activities: one event per session, times in UTC, text escaped and lines folded
 * at 75 octets, CRLF line ends. Written by hand because the format needed is this small; a library would add
 * megabytes for four properties.
 */
public final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	/** A calendar of the sessions of these activities, titled in the language given. */
	public static byte[] of(List<ActivitySummary> activities, Locale locale, String baseUrl, String host, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Rasd//Activities//AR");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		for (ActivitySummary a : activities) {
			for (SessionSummary s : a.sessions()) {
				line(ics, "BEGIN:VEVENT");
				line(ics, "UID:activity-" + a.id() + "-session-" + s.id() + "@" + host);
				line(ics, "DTSTAMP:" + UTC.format(now));
				line(ics, "DTSTART:" + UTC.format(s.startsAt()));
				line(ics, "DTEND:" + UTC.format(s.endsAt()));
				line(ics, "SUMMARY:" + escape(a.title(locale)));
				String where = a.details().address() != null ? a.details().address() : a.details().onlineLink();
				if (where != null) {
					line(ics, "LOCATION:" + escape(where));
				}
				line(ics, "URL:" + baseUrl + "/events/" + a.id());
				line(ics, a.status().name().equals("CANCELLED") ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
				line(ics, "END:VEVENT");
			}
		}
		line(ics, "END:VCALENDAR");
		return ics.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
	}

	/** Appends a content line folded at 75 octets without cutting a UTF-8 character. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < content.length(); ) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				line.append("\r\n ");
				octets = 1;
			}
			line.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append(line).append("\r\n");
	}
}
