package ps.rasd.network;

/** What kind of organisation a record is. */
public enum OrganisationKind {

	/** A partner organisation of the coalition. */
	PARTNER,

	/** A member organisation of the coalition (الائتلاف الأهلي). */
	MEMBER_ORGANISATION,

	/** A university or college. */
	UNIVERSITY,

	/** A youth movement or initiative. */
	YOUTH_MOVEMENT,

	/** A media outlet. */
	MEDIA,

	/** A donor. */
	DONOR,

	/** A government body (may be linked to an authority of the registry). */
	GOVERNMENT,

	/** Any other organisation. */
	OTHER;
}
