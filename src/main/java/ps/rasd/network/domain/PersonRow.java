package ps.rasd.network.domain;

import java.time.Instant;

import ps.rasd.network.PersonDetails;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;

/**
 * One row of {@code network_person} as stored: the details, consent, publication and keys.
 *
 * @param id the record
 * @param details the details
 * @param consentVersion the consent text's version, or {@code null}
 * @param consentAt when consent was given
 * @param consentScope what they agreed to
 * @param tier {@code PUBLIC} when they agreed to have their name published
 * @param accountId the linked account
 * @param mergedInto the record this one was merged into
 * @param erasedAt when it was erased on request
 * @param demo fictional demo record
 * @param version optimistic version
 */
public record PersonRow(long id, PersonDetails details, String consentVersion, Instant consentAt,
		String consentScope, Tier tier, Long accountId, Long mergedInto, Instant erasedAt, boolean demo,
		long version) {

	/** What the read rule needs of this record: its governorate, tier and the person's own account. */
	public AccessFacts facts() {
		return AccessFacts.of(details.governorateCode(), tier, null, accountId);
	}
}
