package ps.rasd.shared.spi;

import java.util.Optional;

/**
 * A say in whether a monitor may be given visits of a form: the activities module refuses a monitor who has not
 * completed the training a scorecard requires. Monitoring asks every gate before it makes an assignment, without
 * importing the module that answers.
 */
public interface AssignmentGate {

	/**
	 * Why the monitor (an account) may not be assigned visits of the form, as a message code whose one argument is
	 * the subject or reason; empty when they may.
	 */
	Optional<Refusal> refusal(long monitorAccountId, long formId);

	/**
	 * A refusal.
	 *
	 * @param code the message code, e.g. {@code activities.training.required}
	 * @param argument its argument, e.g. the subject of the training required
	 */
	record Refusal(String code, String argument) {
	}
}
