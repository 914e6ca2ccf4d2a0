package ps.rasd.network;

/** The id of an organisation of the network (partner, university, donor, ...). */
public record OrganisationId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
