package ps.rasd.openrosa;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.forms.XForm;
import ps.rasd.monitoring.AssignmentSummary;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.RoundPlanning;
import ps.rasd.monitoring.VisitFile;
import ps.rasd.monitoring.VisitSaved;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Takes an OpenRosa submission (the filled XForm's answers and its attachments) as a visit: the instanceID is the
 * idempotency key, so a resent form finds the visit the first one made; a visit to a facility the monitor is
 * assigned to in a round of the form is that assignment's visit; the answers are checked by the monitoring
 * module exactly as a visit from the web is (the form version's checker), photos go through the evidence module.
 * A submission split into several requests (ODK Collect, above 10 MB of photos) is kept as a draft with the photos
 * of each part until its last part submits it. Only the XForm's way of writing a time ({@code 08:05:00.000+03:00}) and a point ({@code lat lon alt accuracy})
 * is brought to Rasd's before the check.
 */
@Service
public class OpenRosaIntake {

	/** The prefix of the idempotency keys of submissions. */
	static final String KEY_PREFIX = "odk:";

	private final FormsManagement forms;

	private final MonitoringManagement monitoring;

	private final RoundPlanning rounds;

	OpenRosaIntake(FormsManagement forms, MonitoringManagement monitoring, RoundPlanning rounds) {
		this.rounds = rounds;
		this.forms = forms;
		this.monitoring = monitoring;
	}

	/**
	 * A filled form.
	 *
	 * @param formId the form's code (the instance's {@code id})
	 * @param version the version number (the instance's {@code version})
	 * @param instanceId the instance's {@code meta/instanceID}
	 * @param answers the values of the instance's leaves, by element name
	 * @param attachments the files sent with it, by file name
	 * @param incomplete whether more parts follow ({@code *isIncomplete*=yes}: ODK Collect splits a submission whose
	 *     attachments are larger than 10 MB into several requests with the same instance)
	 */
	public record Filled(String formId, String version, String instanceId, Map<String, String> answers,
			Map<String, InputStream> attachments, boolean incomplete) {
	}

	/**
	 * Stores a filled form as a submitted visit, or says why not.
	 * @throws ps.rasd.shared.ForbiddenException when the monitor may not visit the facility's governorate
	 */
	public Submission submit(Filled filled, RasdPrincipal actor) {
		Optional<FormVersionSummary> version = version(filled.formId(), filled.version());
		if (version.isEmpty()) {
			return refused("openrosa.submission.unknown-form");
		}
		if (filled.instanceId() == null || filled.instanceId().isBlank() || filled.instanceId().length() > 70) {
			return refused("openrosa.submission.no-instance-id");
		}
		String key = KEY_PREFIX + filled.instanceId().strip();
		Optional<VisitSummary> earlier = monitoring.visitByKey(key, actor);
		if (earlier.isPresent() && !earlier.get().status().editable()) {
			return new Submission(Submission.Outcome.DUPLICATE, earlier.get().reference(), List.of());
		}
		long facility;
		try {
			facility = Long.parseLong(filled.answers().getOrDefault(XForm.FACILITY, "").strip());
		}
		catch (NumberFormatException ex) {
			return refused("openrosa.submission.no-facility");
		}
		VisitSummary visit;
		try {
			Optional<AssignmentSummary> assigned = assignment(facility, version.get(), actor);
			visit = assigned.isPresent() && earlier.isEmpty()
					? monitoring.startAssigned(assigned.get().id(), key, actor)
					: monitoring.start(facility, version.get().id(), key, actor);
		}
		catch (DataIntegrityViolationException race) {
			// the same instanceID arrived twice at the same moment: the other request made the visit
			visit = monitoring.visitByKey(key, actor).orElseThrow(() -> race);
		}
		catch (DomainException ex) {
			return refused(ex.code(), ex.arguments());
		}
		if (!visit.status().editable()) {
			return new Submission(Submission.Outcome.DUPLICATE, visit.reference(), List.of());
		}
		Map<String, String> answers = new LinkedHashMap<>();
		List<VisitFile> files = new ArrayList<>();
		// the evidence module keeps a sealed original only for those who may read it: the governorate's coordinators
		boolean seal = actor.manages(visit.governorateCode());
		// the photos of the earlier parts of a split submission are already the draft's answers
		Map<String, String> kept = visit.answers() == null ? Map.of() : visit.answers();
		version.get().definition().questions().forEach(q -> answer(q, filled, kept, answers, files, seal));
		VisitSaved saved = monitoring.save(visit.id(), answers, files, !filled.incomplete(), actor);
		if (filled.incomplete() && saved.fileErrors().isEmpty()) {
			return new Submission(Submission.Outcome.PART, saved.check().visit().reference(), List.of());
		}
		List<Submission.Error> errors = new ArrayList<>();
		saved.fileErrors().values().forEach(e -> errors.add(new Submission.Error(e.question(), e.code(),
				e.arguments(), e.message())));
		saved.check().errors().values().forEach(e -> errors.add(new Submission.Error(e.question(), e.code(),
				e.arguments(), e.message())));
		if (saved.problem() != null) {
			errors.add(new Submission.Error("form", saved.problem().code(), List.of(saved.problem().arguments()),
					null));
		}
		return new Submission(errors.isEmpty() ? Submission.Outcome.CREATED : Submission.Outcome.INVALID,
				saved.check().visit().reference(), errors);
	}

	private static void answer(Question q, Filled filled, Map<String, String> kept, Map<String, String> answers,
			List<VisitFile> files, boolean seal) {
		String value = filled.answers().get(q.name());
		if (value == null || value.isBlank()) {
			return;
		}
		value = value.strip();
		if (q.type() == QuestionType.FILE) {
			InputStream content = filled.attachments().get(value);
			if (content != null) {
				files.add(new VisitFile(q.name(), content, seal));
			}
			else if (kept.get(q.name()) != null) {
				answers.put(q.name(), kept.get(q.name()));
			}
		}
		else {
			answers.put(q.name(), value(q, value));
		}
	}

	/** An XForm answer written as Rasd writes it: a time without seconds and zone, a point without altitude. */
	static String value(Question q, String value) {
		return switch (q.type()) {
			case TIME -> value.matches("\\d{2}:\\d{2}.*") ? value.substring(0, 5) : value;
			case GEOPOINT -> {
				String[] parts = value.split("\\s+");
				yield parts.length >= 2 ? parts[0] + " " + parts[1] : value;
			}
			default -> value;
		};
	}

	/**
	 * The monitor's open assignment to this facility in a round of this form, when the version is the form's current
	 * one (an assigned visit always answers the current version).
	 */
	private Optional<AssignmentSummary> assignment(long facility, FormVersionSummary version, RasdPrincipal actor) {
		boolean current = forms.form(version.formId()).current().map(v -> v.id() == version.id()).orElse(false);
		if (!current) {
			return Optional.empty();
		}
		return rounds.open(actor).stream()
			.filter(a -> a.monitorId() == actor.accountId() && a.facilityId() == facility)
			.filter(a -> rounds.round(a.roundId(), actor).formId() == version.formId())
			.findFirst();
	}

	/** The published version with this form code and number. */
	Optional<FormVersionSummary> version(String formCode, String number) {
		Optional<FormSummary> form = formCode == null ? Optional.empty() : forms.form(formCode);
		return form.flatMap(f -> f.versions().stream()
			.filter(v -> String.valueOf(v.number()).equals(number))
			.filter(v -> v.status() == ps.rasd.forms.VersionStatus.PUBLISHED)
			.findFirst());
	}

	static Submission refused(String code, Object... arguments) {
		return new Submission(Submission.Outcome.INVALID, null,
				List.of(new Submission.Error("form", code, List.of(arguments), null)));
	}
}
