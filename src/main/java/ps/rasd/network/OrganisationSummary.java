package ps.rasd.network;

/**
 * An organisation.
 *
 * @param id the record
 * @param nameAr name in Arabic
 * @param nameEn name in English, or {@code null}
 * @param kind what it is
 * @param governorateCode where it is based, or {@code null}
 * @param authorityId the registry authority it is, for government bodies, or {@code null}
 * @param email its contact e-mail
 * @param phone its contact phone
 * @param website its web site
 * @param demo whether it is a fictional demo record
 */
public record OrganisationSummary(OrganisationId id, String nameAr, String nameEn, OrganisationKind kind,
		String governorateCode, Long authorityId, String email, String phone, String website, boolean demo) {
}
