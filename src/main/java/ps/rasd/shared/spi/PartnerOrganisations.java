package ps.rasd.shared.spi;

/**
 * Which partner organisation an account belongs to: kept by the network module, read by identity when a person
 * signs in, so that the read rules can give a partner what is shared with their organisation.
 */
public interface PartnerOrganisations {

	/** The organisation of the account, or {@code null}. */
	Long organisationOf(long accountId);
}
