package ps.rasd.freedoms;

/** What the forum did about an event. */
public enum InterventionKind {

	LEGAL_AID_REFERRAL,

	LETTER_TO_AUTHORITY,

	PUBLIC_STATEMENT,

	FOLLOW_UP_VISIT,

	OTHER
}
