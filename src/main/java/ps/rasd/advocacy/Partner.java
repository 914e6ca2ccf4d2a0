package ps.rasd.advocacy;

/**
 * A partner organisation signed on (a network organisation, by id), with its name.
 *
 * @param organisationId the organisation
 * @param nameAr its name in Arabic
 * @param nameEn its name in English, or {@code null}
 */
public record Partner(long organisationId, String nameAr, String nameEn) {
}
