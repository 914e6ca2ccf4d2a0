package ps.rasd.freedoms;

/** The risk of harm to victims or sources if the event were known, from the team's assessment. */
public enum Risk {

	LOW,

	MEDIUM,

	HIGH
}
