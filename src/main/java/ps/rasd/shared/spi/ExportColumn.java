package ps.rasd.shared.spi;

import java.util.Locale;

import ps.rasd.shared.LocalizedText;

/**
 * One column of an export.
 *
 * @param key the machine name, e.g. {@code governorate_code}: GeoJSON property names
 * @param header the header in Arabic and English
 * @param hxl the HXL hashtag with its attributes, e.g. {@code #adm1 +code}, or {@code null}
 * @param type what the values are, which decides how each format writes them
 */
public record ExportColumn(String key, LocalizedText header, String hxl, Type type) {

	/** A column with an Arabic and an English header. */
	/** The governorate's code and names and the sector's code and Arabic name, as every source writes them. */
	public static java.util.List<ExportColumn> governorateAndSector() {
		return java.util.List.of(
				of("governorate_code", "رمز المحافظة", "Governorate code", "#adm1 +code", Type.CODE),
				of("governorate_ar", "المحافظة", "Governorate (Arabic)", "#adm1 +name +i_ar", Type.CODE),
				of("governorate_en", "المحافظة بالإنجليزية", "Governorate", "#adm1 +name +i_en", Type.CODE),
				of("sector_code", "القطاع", "Sector", "#sector", Type.CODE),
				of("sector_ar", "اسم القطاع", "Sector (Arabic)", "#sector +name +i_ar", Type.CODE));
	}

	public static ExportColumn of(String key, String arabic, String english, String hxl, Type type) {
		return new ExportColumn(key, new LocalizedText(arabic, english), hxl, type);
	}

	/** The header in the language of the locale. */
	public String header(Locale locale) {
		return header.in(locale);
	}

	/** The kinds of values, with the Java type a source hands over for each. */
	public enum Type {

		/** Free text (a {@code String}), different in nearly every row. */
		TEXT,

		/** A code or a name from a short list (a {@code String}): governorates, sectors, statuses. */
		CODE,

		/** A whole number (a {@code Long}). */
		INTEGER,

		/** A decimal number (a {@code BigDecimal} or a {@code Double}). */
		DECIMAL,

		/** A calendar day (a {@code LocalDate}), in Palestine's time zone. */
		DATE,

		/** The latitude of the row's point (a {@code Double}, WGS 84). */
		LATITUDE,

		/** The longitude of the row's point (a {@code Double}, WGS 84). */
		LONGITUDE
	}
}
