package ps.rasd.advocacy;

/** The editable lists of the law tracker. */
public enum TermList {
	/** Kinds of instrument: law, decree-law, regulation, cabinet decision, ministry or municipal policy, budget line. */
	KIND,
	/** The stages an instrument goes through: proposed, drafted, in consultation, adopted, amended, rejected... */
	STAGE
}
