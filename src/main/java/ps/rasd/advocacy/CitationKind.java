package ps.rasd.advocacy;

/** What a citation names: a record of another module, by its reference. */
public enum CitationKind {
	/** A verified case or published finding (its reference). */
	CASE,
	/** An authority unit's scorecard of replies (the authority id). */
	SCORECARD,
	/** A published poll result: a category's weighted share with its margin of error (code/question/category). */
	POLL,
	/** A documented violation of public freedoms, as published (its reference). */
	VIOLATION,
	/** A publication of the library (its slug). */
	PUBLICATION,
	/** A facility's series of monitoring scores (the facility id). */
	MONITORING
}
