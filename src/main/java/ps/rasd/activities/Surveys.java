package ps.rasd.activities;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.domain.RegistrationStore;
import ps.rasd.activities.internal.ActivityMails;
import ps.rasd.forms.FormCheck;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.Question;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms a participant fills through the personal link of their registration: the feedback survey after the activity
 * (its form chosen in {@link FollowUps#settings}) and a training's pre-test and post-test ({@link Trainings#define}).
 * Staff send the link by mail; the answers are checked by the form, kept once per participant and stage, and scored
 * by the form's scoring: a test's score is the participant's score that {@link Trainings} compares.
 */
@Service
@Transactional
public class Surveys {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ActivitiesManagement activities;

	private final RegistrationStore registrations;

	private final FormsManagement forms;

	private final ActivityMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	Surveys(JdbcClient jdbc, ActivitiesManagement activities, RegistrationStore registrations, FormsManagement forms,
			ActivityMails mails, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.registrations = registrations;
		this.forms = forms;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/** The form of a stage of an activity, if one is chosen. */
	@Transactional(readOnly = true)
	public Optional<Long> formOf(long activityId, SurveyStage stage) {
		String sql = switch (stage) {
			case FEEDBACK -> "select feedback_form_id from activities_activity where id = ?";
			case PRE -> "select pre_form_id from activities_training where activity_id = ?";
			case POST -> "select post_form_id from activities_training where activity_id = ?";
		};
		return jdbc.sql(sql).param(activityId).query((rs, n) -> rs.getObject(1, Long.class)).optional()
			.flatMap(Optional::ofNullable);
	}

	/**
	 * Mails the personal link of the survey to those it is for who have not answered yet.
	 * @return how many were sent
	 * @throws DomainException {@code activities.survey.no-form} when the activity has no form for the stage
	 */
	public int send(long activityId, SurveyStage stage, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		if (formOf(activityId, stage).flatMap(this::current).isEmpty()) {
			throw new DomainException("activities.survey.no-form");
		}
		List<Long> ids = jdbc.sql("select r.id from activities_registration r where " + asked(stage)
				+ " and not exists (select 1 from activities_answer x where x.registration_id = r.id and x.stage = ?)")
			.params(activityId, stage.name()).query(Long.class).list();
		for (long id : ids) {
			mails.survey(activity, registrations.find(id).orElseThrow(), registrations.contact(id).orElseThrow(),
					stage.path());
		}
		audit.record("activities.survey.sent", "activity", activityId, activity.details().governorateCode(),
				stage + " " + ids.size());
		return ids.size();
	}

	private static String asked(SurveyStage stage) {
		return stage.forAttendees()
				? "r.activity_id = ? and r.status <> 'CANCELLED' and exists (select 1 from activities_attendance t "
						+ "where t.registration_id = r.id)"
				: "r.activity_id = ? and r.status <> 'CANCELLED'";
	}

	private Optional<FormVersionSummary> current(long formId) {
		return forms.form(formId).current();
	}

	/**
	 * The form a personal link asks, or empty when there is none or it was answered already.
	 * @throws NotFoundException {@code activities.registration.not-found} for an unknown link
	 * @throws DomainException {@code activities.survey.not-for-you} when the registration is not asked
	 */
	@Transactional(readOnly = true)
	public Optional<FormVersionSummary> form(String token, SurveyStage stage) {
		RegistrationSummary r = registration(token, stage);
		if (answered(r.id(), stage)) {
			return Optional.empty();
		}
		return formOf(r.activityId(), stage).flatMap(this::current);
	}

	/** Whether the participant of the link answered the stage already. */
	@Transactional(readOnly = true)
	public boolean answered(String token, SurveyStage stage) {
		return answered(registration(token, stage).id(), stage);
	}

	private boolean answered(long registrationId, SurveyStage stage) {
		return jdbc.sql("select count(*) from activities_answer where registration_id = ? and stage = ?")
			.params(registrationId, stage.name()).query(Long.class).single() > 0;
	}

	private RegistrationSummary registration(String token, SurveyStage stage) {
		RegistrationSummary r = registrations.byToken(token == null ? "" : token)
			.orElseThrow(() -> new NotFoundException("activities.registration.not-found", "link"));
		if (r.status() == RegistrationStatus.CANCELLED || (stage.forAttendees() && r.sessionsAttended() == 0)) {
			throw new DomainException("activities.survey.not-for-you");
		}
		return r;
	}

	/**
	 * Takes the answers of the personal link: checked by the form; when they pass, kept with the form's score (a
	 * test's score becomes the participant's score on it). Answering twice keeps the first answers.
	 * @return the check, with the errors to show when the answers do not pass
	 * @throws DomainException {@code activities.survey.answered} the second time
	 */
	public FormCheck answer(String token, SurveyStage stage, Map<String, String> answers) {
		RegistrationSummary r = registration(token, stage);
		FormVersionSummary version = formOf(r.activityId(), stage).flatMap(this::current)
			.orElseThrow(() -> new DomainException("activities.survey.no-form"));
		FormCheck check = version.definition().check(answers, true);
		if (!check.valid()) {
			return check;
		}
		if (answered(r.id(), stage)) {
			throw new DomainException("activities.survey.answered");
		}
		Double score = version.definition().score(check.answers()).overall();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("insert into activities_answer (registration_id, stage, form_version_id, answers, score, answered_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(r.id(), stage.name(), version.id(), JSON.writeValueAsString(check.answers()),
					score == null ? null : BigDecimal.valueOf(score), now)
			.update();
		if (stage != SurveyStage.FEEDBACK && score != null) {
			jdbc.sql("delete from activities_test_score where registration_id = ? and stage = ?")
				.params(r.id(), stage.name()).update();
			jdbc.sql("insert into activities_test_score (registration_id, stage, score, recorded_at) values (?, ?, ?, ?)")
				.params(r.id(), stage.name(), BigDecimal.valueOf(score), now).update();
		}
		audit.record("activities.survey.answered", "activity", r.activityId(), null, stage + " registration=" + r.id());
		return check;
	}

	/** The answers to a stage counted, for staff who read the activity (never who answered what). */
	@Transactional(readOnly = true)
	public SurveyCounts counts(long activityId, SurveyStage stage, RasdPrincipal actor) {
		activities.activity(activityId, actor);
		Long formId = formOf(activityId, stage).orElse(null);
		long asked = jdbc.sql("select count(*) from activities_registration r where " + asked(stage)).param(activityId)
			.query(Long.class).single();
		List<Object[]> rows = jdbc.sql("select x.answers, x.score from activities_answer x join activities_registration r "
				+ "on r.id = x.registration_id where r.activity_id = ? and x.stage = ?")
			.params(activityId, stage.name())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getBigDecimal(2) }).list();
		Double average = rows.stream().filter(row -> row[1] != null)
			.mapToDouble(row -> ((BigDecimal) row[1]).doubleValue()).average().stream()
			.map(v -> Math.round(v * 10) / 10.0).boxed().findFirst().orElse(null);
		return new SurveyCounts(stage, formId, asked, rows.size(), average, choices(formId, rows));
	}

	private Map<String, Map<String, Long>> choices(Long formId, List<Object[]> rows) {
		Map<String, Map<String, Long>> out = new LinkedHashMap<>();
		Optional<FormVersionSummary> version = formId == null ? Optional.empty() : current(formId);
		if (version.isEmpty()) {
			return out;
		}
		List<Question> counted = version.get().definition().questions()
			.filter(q -> q.type().hasChoices() || q.type().name().equals("RATING") || q.type().name().equals("YES_NO_NA"))
			.toList();
		for (Object[] row : rows) {
			Map<String, String> answers = JSON.readValue((String) row[0], new TypeReference<LinkedHashMap<String, String>>() {
			});
			for (Question q : counted) {
				String value = answers.get(q.name());
				if (value != null) {
					for (String v : value.split(" ")) {
						out.computeIfAbsent(q.name(), k -> new TreeMap<>()).merge(v, 1L, Long::sum);
					}
				}
			}
		}
		return out;
	}
}
