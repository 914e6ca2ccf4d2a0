package ps.rasd.media;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A newsletter issue.
 *
 * @param id the id
 * @param number its number, from 1
 * @param subjectAr the Arabic subject
 * @param subjectEn the English subject, may be {@code null}
 * @param status draft, sending or sent
 * @param sentAt when sending started, may be {@code null}
 * @param recipients to how many subscribers it was queued
 * @param demo whether it is fictional demo content
 * @param blocks its blocks, in order
 */
public record IssueView(long id, int number, String subjectAr, String subjectEn, IssueStatus status, Instant sentAt,
		int recipients, boolean demo, List<Block> blocks) {

	/** The subject in the language of the locale, Arabic when there is no English. */
	public String subject(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) && subjectEn != null ? subjectEn : subjectAr;
	}

	/**
	 * @param position its place, from 1
	 * @param kind what it shows
	 * @param bodyAr the Arabic HTML (for a list block, empty until the issue is sent)
	 * @param bodyEn the English HTML, may be {@code null}
	 */
	public record Block(int position, BlockKind kind, String bodyAr, String bodyEn) {

		/** The HTML in the language of the locale, Arabic when there is no English. */
		public String body(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) && bodyEn != null ? bodyEn : bodyAr;
		}
	}
}
