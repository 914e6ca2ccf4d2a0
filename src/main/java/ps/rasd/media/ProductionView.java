package ps.rasd.media;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A media production as lists show it.
 *
 * @param id the id
 * @param slug the last part of its address
 * @param kind the kind
 * @param titleAr the Arabic title
 * @param titleEn the English title, may be {@code null}
 * @param summaryAr the Arabic summary, may be {@code null}
 * @param summaryEn the English summary, may be {@code null}
 * @param about the address within Rasd of the finding or issue it is about, may be {@code null}
 * @param partner the partner broadcaster or venue, may be {@code null}
 * @param producedOn when it was made, may be {@code null}
 * @param releasedOn when it was first shown, may be {@code null}
 * @param link where it is online elsewhere, may be {@code null}
 * @param fileId its video or audio file (an evidence file), may be {@code null}
 * @param fileType the file's media type, e.g. {@code video/mp4}
 * @param fileSize the file's size in bytes
 * @param published whether it is published
 * @param publishedAt when it was published
 * @param updatedAt when it last changed
 * @param version the optimistic-lock version
 * @param demo whether it is fictional demo content
 */
public record ProductionView(long id, String slug, ProductionKind kind, String titleAr, String titleEn,
		String summaryAr, String summaryEn, String about, String partner, LocalDate producedOn, LocalDate releasedOn,
		String link, Long fileId, String fileType, Long fileSize, boolean published, Instant publishedAt,
		Instant updatedAt, long version, boolean demo) {

	/** The title in the language of the locale, Arabic when there is no English. */
	public String title(Locale locale) {
		return english(locale) && titleEn != null ? titleEn : titleAr;
	}

	/** The summary in the language of the locale, Arabic when there is no English; may be {@code null}. */
	public String summary(Locale locale) {
		return english(locale) && summaryEn != null ? summaryEn : summaryAr;
	}

	/** The public path. */
	public String path() {
		return "/media/" + slug;
	}

	/** Whether its file is a video (played in the page). */
	public boolean video() {
		return fileType != null && fileType.startsWith("video/");
	}

	/** Whether its file is a sound recording (played in the page). */
	public boolean audio() {
		return fileType != null && fileType.startsWith("audio/");
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
