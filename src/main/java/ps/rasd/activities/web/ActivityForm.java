package ps.rasd.activities.web;

import ps.rasd.activities.ActivityDetails;

/** The staff form of an activity, kept as typed (numbers as text) so that a form with errors shows what was typed. */
record ActivityForm(String kind, String titleAr, String titleEn, String descriptionAr, String descriptionEn,
		String governorateCode, String placeId, String address, String onlineLink, String organisers, String partnerIds,
		String facilitators, String targetGroup, String capacity, String campaignRef, String attendanceRule) {

	static ActivityForm empty() {
		return new ActivityForm("WORKSHOP", null, null, null, null, null, null, null, null, null, null, null, null, "30",
				null, "100");
	}

	static ActivityForm of(ActivityDetails d) {
		return new ActivityForm(d.kind(), d.titleAr(), d.titleEn(), d.descriptionAr(), d.descriptionEn(),
				d.governorateCode(), d.placeId() == null ? null : d.placeId().toString(), d.address(), d.onlineLink(),
				d.organisers(), d.partnerIds(), d.facilitators(), d.targetGroup(), String.valueOf(d.capacity()),
				d.campaignRef(), String.valueOf(d.attendanceRule()));
	}

	/** The details; a number that is not one becomes an impossible value the facade refuses beside its field. */
	ActivityDetails details() {
		return new ActivityDetails(kind, titleAr, titleEn, descriptionAr, descriptionEn, governorateCode,
				placeId == null || placeId.isBlank() ? null : number(placeId, -1L), address, onlineLink, organisers,
				partnerIds, facilitators, targetGroup, (int) (long) number(capacity, 0L), campaignRef,
				attendanceRule == null || attendanceRule.isBlank() ? null : (int) (long) number(attendanceRule, 0L));
	}

	private static Long number(String text, Long otherwise) {
		if (text == null || !text.strip().matches("\\d{1,9}")) {
			return otherwise;
		}
		return Long.valueOf(text.strip());
	}
}
