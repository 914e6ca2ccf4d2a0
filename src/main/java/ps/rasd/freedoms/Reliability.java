package ps.rasd.freedoms;

/** How reliable a source is, as the documenter grades it. */
public enum Reliability {

	HIGH,

	MEDIUM,

	LOW
}
