package ps.rasd.activities;

import java.util.Locale;

/**
 * A kind of activity of the editable list.
 *
 * @param code e.g. {@code TRAINING}
 * @param labelAr the label in Arabic
 * @param labelEn the label in English
 * @param active whether new activities may be of this kind
 */
public record ActivityKind(String code, String labelAr, String labelEn, boolean active) {

	/** The label in the reader's language. */
	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelAr;
	}
}
