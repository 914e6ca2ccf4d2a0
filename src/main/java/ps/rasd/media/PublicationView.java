package ps.rasd.media;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A publication of the library as pages show it.
 *
 * @param id the id
 * @param slug the last part of its address
 * @param kind study, report, paper...
 * @param titleAr the Arabic title
 * @param titleEn the English title, may be {@code null}
 * @param authors the authors as cited
 * @param issuedOn the date of issue
 * @param language the language(s) of the text
 * @param topics the topics
 * @param sectorCode the sector, may be {@code null}
 * @param governorates PCBS codes of the governorates it covers
 * @param abstractAr the Arabic abstract, may be {@code null}
 * @param abstractEn the English abstract, may be {@code null}
 * @param links the findings and polls it draws on
 * @param fileId the PDF (an evidence file), {@code null} until uploaded
 * @param fileSize the PDF's size in bytes, may be {@code null}
 * @param pages the PDF's page count, may be {@code null}
 * @param published whether it is published
 * @param publishedAt when it was published
 * @param downloads how many times the PDF was downloaded (a number only, never who)
 * @param updatedAt when it last changed
 * @param version the optimistic-lock version
 * @param demo whether it is fictional demo content
 */
public record PublicationView(long id, String slug, PublicationKind kind, String titleAr, String titleEn,
		String authors, LocalDate issuedOn, String language, List<String> topics, String sectorCode,
		List<String> governorates, String abstractAr, String abstractEn, List<String> links, Long fileId,
		Long fileSize, Integer pages, boolean published, Instant publishedAt, long downloads, Instant updatedAt,
		long version, boolean demo) {

	/** The title in the language of the locale, Arabic when there is no English. */
	public String title(Locale locale) {
		return english(locale) && titleEn != null ? titleEn : titleAr;
	}

	/** The abstract in the language of the locale, Arabic when there is no English; may be {@code null}. */
	public String abstractIn(Locale locale) {
		return english(locale) && abstractEn != null ? abstractEn : abstractAr;
	}

	/** The public path. */
	public String path() {
		return "/library/" + slug;
	}

	/** The year of issue. */
	public int year() {
		return issuedOn.getYear();
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
