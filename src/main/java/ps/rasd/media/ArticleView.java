package ps.rasd.media;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A page or news post as pages show it; the bodies are already safe HTML.
 *
 * @param id the id
 * @param kind page or news
 * @param slug the last part of its address
 * @param titleAr the Arabic title
 * @param titleEn the English title, may be {@code null}
 * @param summaryAr the Arabic summary, may be {@code null}
 * @param summaryEn the English summary, may be {@code null}
 * @param bodyAr the Arabic body (safe HTML)
 * @param bodyEn the English body (safe HTML), may be {@code null}
 * @param tags the tags
 * @param links related addresses within Rasd
 * @param coverFileId the cover image (an evidence file), may be {@code null}
 * @param published whether it is published (it is public once {@code publishedAt} has come)
 * @param publishedAt when it is (or was) published, may be {@code null} for a draft
 * @param revision the number of the current revision
 * @param updatedAt when it last changed
 * @param version the optimistic-lock version, for the editor's form
 * @param demo whether it is fictional demo content
 */
public record ArticleView(long id, ArticleKind kind, String slug, String titleAr, String titleEn, String summaryAr,
		String summaryEn, String bodyAr, String bodyEn, List<String> tags, List<String> links, Long coverFileId,
		boolean published, Instant publishedAt, int revision, Instant updatedAt, long version, boolean demo) {

	/** The title in the language of the locale, Arabic when there is no English. */
	public String title(Locale locale) {
		return english(locale) && titleEn != null ? titleEn : titleAr;
	}

	/** The summary in the language of the locale, Arabic when there is no English; may be {@code null}. */
	public String summary(Locale locale) {
		return english(locale) && summaryEn != null ? summaryEn : summaryAr;
	}

	/** The body in the language of the locale, Arabic when there is no English. */
	public String body(Locale locale) {
		return english(locale) && bodyEn != null ? bodyEn : bodyAr;
	}

	/** Whether the text shown in this locale is the Arabic one (the page marks it {@code lang="ar"}). */
	public boolean arabicIn(Locale locale) {
		return !english(locale) || bodyEn == null;
	}

	/** The public path. */
	public String path() {
		return kind.path(slug);
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
