package ps.rasd.shared;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A text kept in Arabic and English, stored as {@code name_ar} / {@code name_en} columns by default.
 * Arabic is the primary language: it is required, English falls back to Arabic when missing.
 *
 * @param ar the Arabic text, never blank
 * @param en the English text, may be {@code null}
 */
@Embeddable
public record LocalizedText(@Column(name = "name_ar") String ar, @Column(name = "name_en") String en) {

	public LocalizedText {
		if (ar == null || ar.isBlank()) {
			throw new IllegalArgumentException("Arabic text is required");
		}
		ar = ar.strip();
		en = (en == null || en.isBlank()) ? null : en.strip();
	}

	/** Returns the text in the language of the given locale, Arabic when there is no English text. */
	public String in(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : ar;
	}

	@Override
	public String toString() {
		return en == null ? ar : ar + " / " + en;
	}
}
