package ps.rasd.advocacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A law or policy tracked, as its reader sees it.
 *
 * @param id the record
 * @param slug the short name in its public address
 * @param kind the kind code
 * @param titleAr the title in Arabic
 * @param titleEn the title in English, or {@code null}
 * @param number its official number, or {@code null}
 * @param issuedOn its date, or {@code null}
 * @param authorityId the body responsible, or {@code null}
 * @param sectors the sector codes
 * @param rightsAr the rights touched, in Arabic
 * @param rightsEn the rights touched, in English
 * @param summaryAr what it is, in Arabic
 * @param summaryEn what it is, in English
 * @param officialUrl the link to the official text, or {@code null}
 * @param fileId the uploaded official PDF (an evidence file), or {@code null}
 * @param stance the coalition's position, or {@code null}
 * @param asksAr the asks in Arabic, one a line
 * @param asksEn the asks in English
 * @param stage where it stands now (the latest stage recorded), or {@code null}
 * @param stageOn since when
 * @param published whether it is on the public list
 * @param publishedAt when it was published
 * @param updatedAt when it last changed
 * @param demo whether it is fictional demo content
 * @param version the version to send back with a change
 */
public record InstrumentView(long id, String slug, String kind, String titleAr, String titleEn, String number,
		LocalDate issuedOn, Long authorityId, List<String> sectors, String rightsAr, String rightsEn, String summaryAr,
		String summaryEn, String officialUrl, Long fileId, Stance stance, String asksAr, String asksEn, String stage,
		LocalDate stageOn, boolean published, Instant publishedAt, Instant updatedAt, boolean demo, long version) {

	/** The public page. */
	public String path() {
		return "/laws/" + slug;
	}

	/** The title in the language, Arabic when there is none in it. */
	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleAr;
	}

	/** The asks in the language, one a line. */
	public List<String> asks(Locale locale) {
		String text = "en".equals(locale.getLanguage()) && asksEn != null && !asksEn.isBlank() ? asksEn : asksAr;
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** The draft these facts were written from, to edit them. */
	public InstrumentDraft draft() {
		return new InstrumentDraft(slug, kind, titleAr, titleEn, number, issuedOn, authorityId,
				String.join(", ", sectors), rightsAr, rightsEn, summaryAr, summaryEn, officialUrl, stance, asksAr,
				asksEn);
	}
}
