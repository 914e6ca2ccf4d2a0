package ps.rasd.network;

/** A seat on the board. */
public enum BoardPosition {

	/** Chair. */
	CHAIR,

	/** Vice chair. */
	VICE_CHAIR,

	/** Treasurer. */
	TREASURER,

	/** Secretary. */
	SECRETARY,

	/** Member of the board. */
	MEMBER;
}
