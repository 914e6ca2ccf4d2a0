package ps.rasd.monitoring;

import java.io.InputStream;

/**
 * A photo or file sent with a visit's form.
 *
 * @param question the question it answers
 * @param content its bytes, or {@code null} when they could not be read
 * @param seal whether its untouched original is kept sealed (coordinators of the governorate only)
 */
public record VisitFile(String question, InputStream content, boolean seal) {
}
