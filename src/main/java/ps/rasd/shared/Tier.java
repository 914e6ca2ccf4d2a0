package ps.rasd.shared;

/** Who may read a record beyond the staff who work on it (DESIGN §5). Nothing is public until a coordinator says so. */
public enum Tier {

	/** Staff of the record's governorate, analysts, administrators. */
	INTERNAL,

	/** Also partner organisations of the coalition. */
	PARTNERS,

	/** Everyone, as a redacted copy. */
	PUBLIC
}
