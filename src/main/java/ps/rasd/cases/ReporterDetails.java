package ps.rasd.cases;

/**
 * Who reported a case and how to reach them: sealed, read only by coordinators of the case's governorate and
 * administrators, every read audited.
 *
 * @param name the name, may be {@code null}
 * @param phone a phone number, may be {@code null}
 * @param email an e-mail address, may be {@code null}
 * @param anonymous whether the reporter asked to stay anonymous
 * @param wantsUpdates whether the reporter wants e-mail when the case moves
 * @param language {@code ar} or {@code en}
 */
public record ReporterDetails(String name, String phone, String email, boolean anonymous, boolean wantsUpdates,
		String language) {

	/** Nobody known. */
	public static ReporterDetails none(String language) {
		return new ReporterDetails(null, null, null, true, false, language);
	}
}
