package ps.rasd.shared;

/**
 * Where every module records its changes (and every read of sealed data), in the transaction of the change itself:
 * if the change commits, so does its entry. Implemented by the audit module as an append-only, hash-chained log;
 * the person acting is taken from the signed-in session (or {@code system}).
 */
public interface AuditTrail {

	/**
	 * Appends an entry.
	 * @param action what was done, e.g. {@code visit.submitted}
	 * @param subjectType the kind of record, e.g. {@code visit}
	 * @param subjectId the record's id or code
	 * @param governorateCode the governorate the record belongs to, may be {@code null}
	 * @param details a short, non-personal description (field names, new status), may be {@code null}
	 */
	void record(String action, String subjectType, Object subjectId, String governorateCode, String details);
}
