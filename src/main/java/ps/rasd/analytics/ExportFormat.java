package ps.rasd.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats of exports. */
public enum ExportFormat {

	/** UTF-8 with a byte-order mark, RFC 4180, an optional HXL hashtag row under the header. */
	CSV("csv", "text/csv;charset=UTF-8"),

	/** One streamed sheet (more when a million rows are passed), right to left in Arabic. */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	/** An RFC 7946 FeatureCollection; a row without coordinates is a feature with a null geometry. */
	GEOJSON("geojson", "application/geo+json");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The file name extension, which is also the format's name in URLs. */
	public String extension() {
		return extension;
	}

	/** The media type of the file. */
	public String mediaType() {
		return mediaType;
	}

	/** The format of an extension or name, in any case. */
	public static Optional<ExportFormat> of(String name) {
		String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
	}
}
