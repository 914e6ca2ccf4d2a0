package ps.rasd.freedoms;

/** A victim's sex, as recorded (unknown allowed; a group has none). */
public enum Sex {

	FEMALE,

	MALE,

	UNKNOWN
}
