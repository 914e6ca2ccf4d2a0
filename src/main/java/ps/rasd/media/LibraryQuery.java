package ps.rasd.media;

/**
 * Filters of the library page; each may be {@code null} or blank.
 *
 * @param kind the kind of publication
 * @param year the year of issue
 * @param language {@code ar} or {@code en}
 * @param topic a topic, as written
 * @param governorate the PCBS code of a governorate it covers
 */
public record LibraryQuery(PublicationKind kind, Integer year, String language, String topic, String governorate) {

	/** No filter. */
	public static final LibraryQuery ALL = new LibraryQuery(null, null, null, null, null);
}
