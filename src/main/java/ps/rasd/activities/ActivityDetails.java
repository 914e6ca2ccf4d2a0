package ps.rasd.activities;

/**
 * What staff enter about an activity. Blank strings are kept as {@code null}.
 *
 * @param kind the code of a kind of {@link ActivitiesManagement#kinds()}
 * @param titleAr the title in Arabic (required)
 * @param titleEn the title in English
 * @param descriptionAr the description in Arabic
 * @param descriptionEn the description in English
 * @param governorateCode PCBS code of the governorate it is held in
 * @param placeId a place of the geography registry (town, village, camp), or {@code null}
 * @param address the street address or hall
 * @param onlineLink a link for an online activity (http or https)
 * @param organisers who organises it, free text
 * @param partnerIds ids of partner organisations of the network, comma separated
 * @param facilitators facilitators and speakers, free text
 * @param targetGroup e.g. university students, journalists
 * @param capacity how many may register before the waiting list (1 to 10,000)
 * @param campaignRef the project or campaign it belongs to (an id or a name of {@code advocacy}), or {@code null}
 * @param attendanceRule the share of sessions, in percent, a participant attends to earn the certificate
 */
public record ActivityDetails(String kind, String titleAr, String titleEn, String descriptionAr, String descriptionEn,
		String governorateCode, Long placeId, String address, String onlineLink, String organisers,
		String partnerIds, String facilitators, String targetGroup, Integer capacity, String campaignRef,
		Integer attendanceRule) {

	/** A minimal activity: kind, Arabic title, governorate and capacity. */
	public static ActivityDetails of(String kind, String titleAr, String governorateCode, int capacity) {
		return new ActivityDetails(kind, titleAr, null, null, null, governorateCode, null, null, null, null, null, null,
				null, capacity, null, 100);
	}

	/** The same activity with an English title. */
	public ActivityDetails titledInEnglish(String title) {
		return new ActivityDetails(kind, titleAr, title, descriptionAr, descriptionEn, governorateCode, placeId, address,
				onlineLink, organisers, partnerIds, facilitators, targetGroup, capacity, campaignRef, attendanceRule);
	}

	/** The same activity belonging to a campaign. */
	public ActivityDetails forCampaign(String campaign) {
		return new ActivityDetails(kind, titleAr, titleEn, descriptionAr, descriptionEn, governorateCode, placeId, address,
				onlineLink, organisers, partnerIds, facilitators, targetGroup, capacity, campaign, attendanceRule);
	}

	/** The same activity with a target group. */
	public ActivityDetails forGroup(String group) {
		return new ActivityDetails(kind, titleAr, titleEn, descriptionAr, descriptionEn, governorateCode, placeId, address,
				onlineLink, organisers, partnerIds, facilitators, group, capacity, campaignRef, attendanceRule);
	}
}
