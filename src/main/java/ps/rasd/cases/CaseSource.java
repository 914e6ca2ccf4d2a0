package ps.rasd.cases;

/** How a case came in. */
public enum CaseSource {
	/** The public complaint form. */
	PUBLIC,
	/** A staff member's or partner's form. */
	STAFF,
	/** A failing indicator of a monitoring visit. */
	VISIT,
	/** The JSON API. */
	API,
	/** An Open311 client. */
	OPEN311
}
