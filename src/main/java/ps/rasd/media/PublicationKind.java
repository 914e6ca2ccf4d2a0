package ps.rasd.media;

/** What a publication of the library is. */
public enum PublicationKind {
	STUDY, RESEARCH_REPORT, POLL_REPORT, POSITION_PAPER, ANNUAL_REPORT, NEWSLETTER;

	/** The BibTeX entry type. */
	public String bibtexType() {
		return this == STUDY || this == RESEARCH_REPORT || this == POLL_REPORT ? "techreport" : "misc";
	}

	/** The RIS reference type. */
	public String risType() {
		return this == NEWSLETTER ? "NEWS" : this == POSITION_PAPER ? "GEN" : "RPRT";
	}
}
