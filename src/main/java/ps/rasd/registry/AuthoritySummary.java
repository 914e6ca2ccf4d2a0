package ps.rasd.registry;

import ps.rasd.shared.LocalizedText;

/**
 * An authority or one of its units.
 *
 * @param id the id
 * @param parentId the unit above it, {@code null} at the top
 * @param kind what kind of body it is
 * @param name its name
 * @param governorateCode the governorate it serves, {@code null} when national
 * @param sectorCode its sector, {@code null} when it serves several
 * @param email where referrals are sent
 * @param phone a phone number
 * @param address a postal address
 * @param replyDeadlineDays the days it has to answer a referral by default
 * @param active whether referrals may go to it
 * @param version the version to send back with a change
 */
public record AuthoritySummary(long id, Long parentId, AuthorityKind kind, LocalizedText name, String governorateCode,
		String sectorCode, String email, String phone, String address, int replyDeadlineDays, boolean active,
		long version) {
}
