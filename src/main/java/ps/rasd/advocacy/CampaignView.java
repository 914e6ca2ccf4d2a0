package ps.rasd.advocacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A campaign.
 *
 * @param id the record
 * @param slug the short name in its public address
 * @param titleAr the title in Arabic
 * @param titleEn the title in English, or {@code null}
 * @param goalAr the goal in Arabic
 * @param goalEn the goal in English, or {@code null}
 * @param asksAr the asks in Arabic
 * @param asksEn the asks in English
 * @param governorateCode the governorate, or {@code null}
 * @param sectorCode the sector, or {@code null}
 * @param ownerId the account that owns it (reminded of commitments falling due), or {@code null}
 * @param startsOn when it starts
 * @param endsOn when it is meant to end
 * @param scorecardPublic whether its commitments scorecard is public
 * @param published whether its page is public
 * @param publishedAt when it was published
 * @param updatedAt when it last changed
 * @param demo whether it is fictional demo content
 * @param version the version to send back with a change
 */
public record CampaignView(long id, String slug, String titleAr, String titleEn, String goalAr, String goalEn,
		String asksAr, String asksEn, String governorateCode, String sectorCode, Long ownerId, LocalDate startsOn,
		LocalDate endsOn, boolean scorecardPublic, boolean published, Instant publishedAt, Instant updatedAt,
		boolean demo, long version) {

	/** The public page. */
	public String path() {
		return "/campaigns/" + slug;
	}

	/** The title in the language. */
	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleAr;
	}

	/** The goal in the language. */
	public String goal(Locale locale) {
		return "en".equals(locale.getLanguage()) && goalEn != null ? goalEn : goalAr;
	}

	/** The asks in the language, one a line. */
	public List<String> asks(Locale locale) {
		String text = "en".equals(locale.getLanguage()) && asksEn != null && !asksEn.isBlank() ? asksEn : asksAr;
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** The draft these facts came from, to edit them. */
	public CampaignDraft draft() {
		return new CampaignDraft(slug, titleAr, titleEn, goalAr, goalEn, asksAr, asksEn, governorateCode, sectorCode,
				startsOn, endsOn, scorecardPublic);
	}
}
