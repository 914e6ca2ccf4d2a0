package ps.rasd.network;

/** Who meets. */
public enum MeetingBody {

	/** The general assembly: every active member may attend. */
	GENERAL_ASSEMBLY,

	/** The board: the seats of the current term. */
	BOARD;
}
