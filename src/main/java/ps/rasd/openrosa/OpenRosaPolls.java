package ps.rasd.openrosa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.forms.XForm;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.ResponseCheck;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Poll questionnaires over OpenRosa: the polls in fieldwork that take interviews and that the device's person may
 * interview for, each as an XForm whose form id is {@code poll.<code>} (form codes have no dot, so it never meets a
 * scorecard's), and a filled one recorded through the polls module exactly as an interview entered on the web (the
 * questionnaire's checker; the enumerator recorded; the instanceID as the idempotency key). Attachments are not
 * taken: respondents are never identified.
 */
@Service
public class OpenRosaPolls {

	/** What a poll's form id starts with. */
	public static final String PREFIX = "poll.";

	private final PollManagement polls;

	private final PollFieldwork fieldwork;

	OpenRosaPolls(PollManagement polls, PollFieldwork fieldwork) {
		this.polls = polls;
		this.fieldwork = fieldwork;
	}

	/**
	 * A poll as a device sees it.
	 *
	 * @param poll the poll
	 * @param questionnaire the form version its respondents answer
	 */
	public record PollForm(PollSummary poll, FormVersionSummary questionnaire) {

		/** The XForm's form id. */
		public String formId() {
			return PREFIX + poll.code();
		}

		/** The XForm of the questionnaire. */
		public String xform() {
			return XForm.questionnaire(questionnaire.definition(), formId(), String.valueOf(questionnaire.number()));
		}
	}

	/** Whether a filled form's id is a poll's. */
	public static boolean isPoll(String formId) {
		return formId != null && formId.startsWith(PREFIX);
	}

	/** The polls this person may interview for now (none for those who never interview). */
	public List<PollForm> forms(RasdPrincipal actor) {
		if (!PollManagement.interviews(actor)) {
			return List.of();
		}
		return polls.interviewing(actor).stream().map(p -> new PollForm(p, polls.questionnaire(p.id()))).toList();
	}

	/** One of {@link #forms}. */
	public Optional<PollForm> form(long pollId, RasdPrincipal actor) {
		return forms(actor).stream().filter(f -> f.poll().id() == pollId).findFirst();
	}

	/**
	 * Records a filled questionnaire as an interview, or says why not.
	 * @throws ps.rasd.shared.ForbiddenException when the person is not one of the poll's enumerators
	 */
	public Submission submit(OpenRosaIntake.Filled filled, RasdPrincipal actor) {
		Optional<PollSummary> poll = polls.poll(filled.formId().substring(PREFIX.length()));
		if (poll.isEmpty() || !PollManagement.interviews(actor)) {
			return OpenRosaIntake.refused("openrosa.submission.unknown-form");
		}
		if (filled.instanceId() == null || filled.instanceId().isBlank() || filled.instanceId().length() > 70) {
			return OpenRosaIntake.refused("openrosa.submission.no-instance-id");
		}
		FormVersionSummary version = polls.questionnaire(poll.get().id());
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question q : version.definition().questions().toList()) {
			String value = filled.answers().get(q.name());
			if (q.type() != QuestionType.FILE && value != null && !value.isBlank()) {
				answers.put(q.name(), OpenRosaIntake.value(q, value.strip()));
			}
		}
		ResponseCheck check;
		try {
			check = fieldwork.interview(poll.get().id(), OpenRosaIntake.KEY_PREFIX + filled.instanceId().strip(),
					answers, started(filled.answers().get(XForm.STARTED)), actor);
		}
		catch (ConflictException ex) {
			return OpenRosaIntake.refused(ex.code(), ex.arguments());
		}
		if (check.kept()) {
			return new Submission(check.repeated() ? Submission.Outcome.DUPLICATE : Submission.Outcome.CREATED,
					poll.get().code(), List.of());
		}
		List<Submission.Error> errors = new ArrayList<>();
		check.errors().values().forEach(e -> errors.add(new Submission.Error(e.question(), e.code(), e.arguments(),
				e.message())));
		return new Submission(Submission.Outcome.INVALID, null, errors);
	}

	private static Instant started(String value) {
		try {
			return value == null || value.isBlank() ? null : OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
