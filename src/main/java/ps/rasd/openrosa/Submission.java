package ps.rasd.openrosa;

import java.util.List;

/**
 * What became of one OpenRosa submission.
 *
 * @param outcome stored, already stored (a resent instanceID), or refused
 * @param visitReference the visit's reference, {@code null} when refused before a visit was made
 * @param errors what is wrong, by question, when refused (the answers are kept as a draft visit to fix)
 */
public record Submission(Outcome outcome, String visitReference, List<Error> errors) {

	public Submission {
		errors = List.copyOf(errors);
	}

	/** What happened to a submission. */
	public enum Outcome {
		/** A new visit was submitted for review. */
		CREATED,
		/** The instanceID was already received and submitted: nothing changed. */
		DUPLICATE,
		/** A part of a split submission was kept with its photos; the visit waits for the last part. */
		PART,
		/** The answers were refused (kept as a draft). */
		INVALID
	}

	/**
	 * @param question the question's name, or {@code form} for the whole submission
	 * @param code the message code
	 * @param arguments its arguments
	 * @param message the form's own message (a failed constraint), in Arabic and English, may be {@code null}
	 */
	public record Error(String question, String code, List<Object> arguments, ps.rasd.shared.LocalizedText message) {
	}
}
