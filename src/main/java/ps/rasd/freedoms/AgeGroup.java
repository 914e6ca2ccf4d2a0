package ps.rasd.freedoms;

/** A victim's age group: child (under 18), youth (18–29), adult (30–59), elder (60 and over). */
public enum AgeGroup {

	CHILD,

	YOUTH,

	ADULT,

	ELDER,

	UNKNOWN
}
