package ps.rasd.network;

/** The type of a membership. */
public enum MembershipKind {

	/** A full member. */
	MEMBER,

	/** A volunteer. */
	VOLUNTEER,

	/** A member of the youth branch. */
	YOUTH_MEMBER,

	/** An honorary member. */
	HONORARY;
}
