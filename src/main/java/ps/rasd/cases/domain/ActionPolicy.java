package ps.rasd.cases.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.domain.Change;
import ps.rasd.shared.InvalidInputException;

/**
 * What each action needs besides a state it may start from: a public reason to reject or close without a fix, a
 * date for a scheduled action, the body named as responsible, a message of at most 4,000 characters for a reply.
 */
public final class ActionPolicy {

	private ActionPolicy() {
	}

	/**
	 * @throws InvalidInputException naming each field the action lacks
	 */
	public static void check(CaseAction action, Change change) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (action.isReply()) {
			if (action == CaseAction.REPLY_SCHEDULED && change.scheduledFor() == null) {
				errors.put("scheduledFor", "cases.field.required");
			}
			if (action == CaseAction.REPLY_NOT_RESPONSIBLE && CaseFile.blankOrNull(change.responsibleNamed()) == null) {
				errors.put("responsibleNamed", "cases.field.required");
			}
			if (change.internalNote() != null && change.internalNote().length() > 4000) {
				errors.put("message", "cases.field.too-long");
			}
		}
		if ((action == CaseAction.CLOSE_UNRESOLVED || action == CaseAction.REJECT)
				&& CaseFile.blankOrNull(change.publicNote()) == null) {
			errors.put("publicNote", "cases.public-reason.required");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("cases.case.invalid", errors);
		}
	}
}
