package ps.rasd.media;

import java.util.Locale;

/**
 * A kind of media production, from the editable list.
 *
 * @param code the code, e.g. {@code THEATRE}
 * @param nameAr the Arabic name, e.g. {@code وصلة مسرحية}
 * @param nameEn the English name
 */
public record ProductionKind(String code, String nameAr, String nameEn) {

	/** The name in the language of the locale. */
	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameAr;
	}
}
