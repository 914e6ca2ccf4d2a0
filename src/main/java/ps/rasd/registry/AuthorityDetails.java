package ps.rasd.registry;

import ps.rasd.shared.LocalizedText;

/**
 * What is set on an authority when it is created or changed.
 *
 * @param parentId the unit above, may be {@code null}
 * @param kind the kind of body
 * @param name its name
 * @param governorateCode the governorate it serves, may be {@code null}
 * @param sectorCode its sector, may be {@code null}
 * @param email e-mail for referrals, may be {@code null}
 * @param phone phone, may be {@code null}
 * @param address address, may be {@code null}
 * @param replyDeadlineDays days to answer a referral (1–365)
 */
public record AuthorityDetails(Long parentId, AuthorityKind kind, LocalizedText name, String governorateCode,
		String sectorCode, String email, String phone, String address, int replyDeadlineDays) {
}
