package ps.rasd.activities;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormsManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

/**
 * Trainings: an activity that trains in a subject, with a pre-test and a post-test (forms of the {@code forms}
 * module) whose scores staff record per participant and compare. A participant who earns the certificate of a
 * training is trained in its subject; a scorecard form may require a subject, and monitoring then does not assign
 * its visits to a monitor who is not trained in it (through {@link ps.rasd.shared.spi.AssignmentGate}).
 */
@Service
@Transactional
public class Trainings {

	private final JdbcClient jdbc;

	private final ActivitiesManagement activities;

	private final FormsManagement forms;

	private final NetworkManagement network;

	private final AuditTrail audit;

	private final Clock clock;

	Trainings(JdbcClient jdbc, ActivitiesManagement activities, FormsManagement forms, NetworkManagement network,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.forms = forms;
		this.network = network;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes an activity a training in a subject, with its tests (each optional).
	 * @throws InvalidInputException {@code activities.training.invalid}
	 */
	public TrainingSummary define(long activityId, String subject, Long preFormId, Long postFormId,
			RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		String clean = subject(subject);
		for (Long form : new Long[] { preFormId, postFormId }) {
			if (form != null) {
				forms.form(form);
			}
		}
		jdbc.sql("delete from activities_training where activity_id = ?").param(activityId).update();
		jdbc.sql("insert into activities_training (activity_id, subject, pre_form_id, post_form_id) values (?, ?, ?, ?)")
			.params(activityId, clean, preFormId, postFormId).update();
		audit.record("activities.training.defined", "activity", activityId, activity.details().governorateCode(), clean);
		return training(activityId, actor).orElseThrow();
	}

	/** The training of an activity with the scores, for those who read its attendees; empty when not a training. */
	@Transactional(readOnly = true)
	public Optional<TrainingSummary> training(long activityId, RasdPrincipal actor) {
		ActivitySummary activity = activities.activity(activityId, actor);
		boolean names = activities.readsAttendees(activity, actor);
		return jdbc.sql("select subject, pre_form_id, post_form_id from activities_training where activity_id = ?")
			.param(activityId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class) })
			.optional()
			.map(row -> {
				List<TrainingSummary.Score> scores = names ? scores(activityId) : List.of();
				var both = scores.stream().filter(s -> s.change() != null).toList();
				Double pre = both.isEmpty() ? null : both.stream().mapToDouble(TrainingSummary.Score::pre).average().orElse(0);
				Double post = both.isEmpty() ? null
						: both.stream().mapToDouble(TrainingSummary.Score::post).average().orElse(0);
				return new TrainingSummary(activityId, (String) row[0], (Long) row[1], (Long) row[2], scores,
						pre == null ? null : Math.round(pre * 10) / 10.0, post == null ? null : Math.round(post * 10) / 10.0);
			});
	}

	private List<TrainingSummary.Score> scores(long activityId) {
		return jdbc.sql("select r.id, r.name, (select score from activities_test_score s where s.registration_id = r.id "
				+ "and s.stage = 'PRE') pre, (select score from activities_test_score s where s.registration_id = r.id and "
				+ "s.stage = 'POST') post from activities_registration r where r.activity_id = ? and r.status <> "
				+ "'CANCELLED' order by r.name")
			.param(activityId)
			.query((rs, n) -> new TrainingSummary.Score(rs.getLong(1), rs.getString(2), number(rs.getBigDecimal(3)),
					number(rs.getBigDecimal(4))))
			.list();
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	/**
	 * Records a participant's score (0 to 100) on the pre-test or the post-test; a second score replaces the first.
	 * @throws InvalidInputException {@code activities.training.score-invalid}
	 */
	public void score(long activityId, long registrationId, boolean post, double score, RasdPrincipal actor) {
		activities.writable(activityId, actor);
		if (score < 0 || score > 100 || Double.isNaN(score)) {
			throw new InvalidInputException("activities.training.score-invalid",
					Map.of("score", "activities.training.score-invalid"));
		}
		long found = jdbc.sql("select count(*) from activities_registration where id = ? and activity_id = ?")
			.params(registrationId, activityId).query(Long.class).single();
		if (found == 0) {
			throw new ps.rasd.shared.NotFoundException("activities.registration.not-found", registrationId);
		}
		String stage = post ? "POST" : "PRE";
		jdbc.sql("delete from activities_test_score where registration_id = ? and stage = ?").params(registrationId, stage)
			.update();
		jdbc.sql("insert into activities_test_score (registration_id, stage, score, recorded_at) values (?, ?, ?, ?)")
			.params(registrationId, stage, BigDecimal.valueOf(score), Timestamp.from(clock.instant())).update();
	}

	/** Marks those who earned a certificate of a training as trained in its subject (called on issuing). */
	void completed(long activityId) {
		jdbc.sql("select subject from activities_training where activity_id = ?").param(activityId).query(String.class)
			.optional()
			.ifPresent(subject -> jdbc.sql("insert into activities_trained (person_id, subject, activity_id, trained_at) "
					+ "select distinct r.person_id, cast(? as varchar(100)), cast(? as bigint), cast(? as timestamp with time zone) from activities_registration r join activities_certificate c on "
					+ "c.registration_id = r.id where r.activity_id = ? and c.revoked = false and not exists (select 1 from "
					+ "activities_trained t where t.person_id = r.person_id and t.subject = ?)")
				.params(subject, activityId, Timestamp.from(clock.instant()), activityId, subject).update());
	}

	/** The subjects a person of the network is trained in. */
	@Transactional(readOnly = true)
	public List<String> subjectsOf(long personId) {
		return jdbc.sql("select subject from activities_trained where person_id = ? order by subject").param(personId)
			.query(String.class).list();
	}

	/**
	 * Makes a scorecard form require a subject (administrators); {@code null} takes the requirement away.
	 */
	public void require(long formId, String subject, RasdPrincipal actor) {
		if (!Reader.of(actor).is(Role.ADMIN)) {
			throw new ForbiddenException("activities.forbidden");
		}
		forms.form(formId);
		jdbc.sql("delete from activities_form_requirement where form_id = ?").param(formId).update();
		if (subject != null && !subject.isBlank()) {
			jdbc.sql("insert into activities_form_requirement (form_id, subject) values (?, ?)")
				.params(formId, subject(subject)).update();
		}
		audit.record("activities.requirement.set", "form", formId, null, subject);
	}

	/** The subject a form requires, if any. */
	@Transactional(readOnly = true)
	public Optional<String> requirement(long formId) {
		return jdbc.sql("select subject from activities_form_requirement where form_id = ?").param(formId)
			.query(String.class).optional();
	}

	/** Whether the account's person is trained in what the form requires (true when it requires nothing). */
	@Transactional(readOnly = true)
	public Optional<String> missingTraining(long accountId, long formId) {
		Optional<String> required = requirement(formId);
		if (required.isEmpty()) {
			return Optional.empty();
		}
		boolean trained = network.personOfAccount(accountId)
			.map(person -> subjectsOf(person.value()).contains(required.get())).orElse(false);
		return trained ? Optional.empty() : required;
	}

	private static String subject(String subject) {
		if (subject == null || !subject.strip().matches("[\\p{L}\\p{N} _-]{2,100}")) {
			throw new InvalidInputException("activities.training.invalid", Map.of("subject", "activities.training.invalid"));
		}
		return subject.strip();
	}
}
