package ps.rasd.freedoms;

/** Whether a victim is one person or a group (e.g. the students of a university). */
public enum VictimKind {

	PERSON,

	GROUP
}
