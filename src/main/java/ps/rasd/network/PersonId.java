package ps.rasd.network;

/** The id of a person record of the network; other modules keep this, never the record. */
public record PersonId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
