package ps.rasd.identity;

/** What a personal API token allows. */
public enum TokenScope {
	/** Reading only: GET and HEAD. */
	READ,
	/** Reading and changing, within the person's own rights. */
	WRITE
}
