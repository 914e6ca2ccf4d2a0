package ps.rasd.network;

/** How a person is tied to an organisation. */
public enum RelationshipKind {

	/** Employed by. */
	WORKS_AT,

	/** Represents it (e.g. in the coalition). */
	REPRESENTS,

	/** A member of it. */
	MEMBER_OF,

	/** Studies there. */
	STUDENT_AT,

	/** Sits on its board. */
	BOARD_MEMBER_OF;
}
