package ps.rasd.network;

import java.time.Instant;

import ps.rasd.shared.access.Sight;

/**
 * A person record as one reader sees it: with {@link Sight#COPY} the contact details and consent are {@code null}.
 *
 * @param id the record
 * @param details what was entered (phone and e-mail {@code null} unless the reader sees contacts)
 * @param consentVersion the version of the consent text agreed to, or {@code null}
 * @param consentAt when they agreed
 * @param consentScope what they agreed to, e.g. {@code contact,publish}
 * @param published whether they agreed to have their name (and board position) on public pages
 * @param accountId the linked account, or {@code null}
 * @param mergedInto the record this one was merged into, or {@code null}
 * @param erased whether the person was erased on request
 * @param demo whether this is a fictional demo record
 * @param sight how much of the record the reader sees
 * @param version the version to send back with a change
 */
public record PersonSummary(PersonId id, PersonDetails details, String consentVersion, Instant consentAt,
		String consentScope, boolean published, Long accountId, Long mergedInto, boolean erased, boolean demo,
		Sight sight, long version) {

	/** The name in Arabic. */
	public String name() {
		return details.nameAr();
	}

	/** Whether the reader sees the contact details. */
	public boolean contactsShown() {
		return sight == Sight.FULL;
	}
}
