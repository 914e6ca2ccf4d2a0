package ps.rasd.network;

/** What one is a member of. */
public enum MembershipBody {

	/** The forum (the organisation itself). */
	FORUM,

	/** The youth branch, per governorate. */
	YOUTH_BRANCH;
}
