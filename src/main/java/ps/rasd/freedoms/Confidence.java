package ps.rasd.freedoms;

/** How sure the team is of an event's facts (HURIDOCS "reliability" of the information as a whole). */
public enum Confidence {

	HIGH,

	MEDIUM,

	LOW
}
