package ps.rasd.freedoms;

/**
 * Who a victim or a source is: kept encrypted, read only by the documenters of the governorate and administrators,
 * every reading audited. Never indexed, exported to the public, logged or shown in an error.
 *
 * @param name the person's name (or a group's contact), may be {@code null}
 * @param idNumber an identity card number, may be {@code null}
 * @param phone a phone number, may be {@code null}
 * @param address an address, may be {@code null}
 */
public record SealedIdentity(String name, String idNumber, String phone, String address) {

	/** Nothing known. */
	public static final SealedIdentity NONE = new SealedIdentity(null, null, null, null);

	public SealedIdentity {
		name = blankToNull(name);
		idNumber = blankToNull(idNumber);
		phone = blankToNull(phone);
		address = blankToNull(address);
	}

	/** Whether nothing is known. */
	public boolean isEmpty() {
		return name == null && idNumber == null && phone == null && address == null;
	}

	@Override
	public String toString() {
		return "SealedIdentity[sealed]";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
