package ps.rasd.freedoms;

/** How an event reached the team. */
public enum Channel {

	PUBLIC,

	MONITOR,

	PARTNER,

	DOCUMENTER
}
