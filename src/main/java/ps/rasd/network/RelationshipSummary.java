package ps.rasd.network;

import java.time.LocalDate;

/**
 * A tie between a person and an organisation.
 *
 * @param id the tie
 * @param person the person
 * @param kind how they are tied
 * @param organisation the organisation
 * @param organisationName the organisation's Arabic name
 * @param title a title or role, may be {@code null}
 * @param startsOn from, may be {@code null}
 * @param endsOn until, may be {@code null}
 */
public record RelationshipSummary(long id, PersonId person, RelationshipKind kind, OrganisationId organisation,
		String organisationName, String title, LocalDate startsOn, LocalDate endsOn) {
}
