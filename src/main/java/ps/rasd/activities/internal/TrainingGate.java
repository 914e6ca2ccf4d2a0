package ps.rasd.activities.internal;

import java.util.Optional;

import ps.rasd.activities.Trainings;
import ps.rasd.shared.spi.AssignmentGate;

/** Refuses to assign a scorecard's visits to a monitor not trained in the subject the form requires. */
class TrainingGate implements AssignmentGate {

	private final Trainings trainings;

	TrainingGate(Trainings trainings) {
		this.trainings = trainings;
	}

	@Override
	public Optional<Refusal> refusal(long monitorAccountId, long formId) {
		return trainings.missingTraining(monitorAccountId, formId)
			.map(subject -> new Refusal("activities.training.required", subject));
	}
}
