package ps.rasd.activities.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.activities.FollowUps;
import ps.rasd.activities.RegistrationForm;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.activities.Registrations;
import ps.rasd.activities.SurveyStage;
import ps.rasd.activities.Surveys;
import ps.rasd.activities.domain.RegistrationStore;
import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.spi.DemoSeed;

/**
 * Fictional, marked demo of what comes around the demo activities ({@link DemoActivities}): on each held activity a
 * feedback survey (a published demo form, "activity-feedback-demo") answered by some of those who attended, and
 * follow-up actions owned by a participant (some done, some overdue); to each open dialogue invitations to
 * fictional people of earlier activities (addresses under {@code example.invalid}, so no mail can be delivered; none
 * is sent), some answered "I'll come" (registered), some "I can't", some not answered yet.
 */
class DemoFollowUps implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoFollowUps.class);

	static final String FORM = "activity-feedback-demo";

	private static final String FEEDBACK = """
			{"title": {"ar": "استبيان تقييم النشاط (تجريبي)", "en": "Activity feedback survey (demo)"},
			 "indicators": [],
			 "sections": [{"name": "feedback", "title": {"ar": "رأيك في النشاط", "en": "Your view of the activity"},
			  "questions": [
			   {"name": "useful", "type": "SINGLE_CHOICE", "label": {"ar": "ما مدى فائدة النشاط لك؟",
			     "en": "How useful was the activity to you?"}, "required": true,
			    "choices": [{"value": "very", "label": {"ar": "مفيد جداً", "en": "Very useful"}},
			      {"value": "somewhat", "label": {"ar": "مفيد إلى حدّ ما", "en": "Somewhat useful"}},
			      {"value": "not", "label": {"ar": "غير مفيد", "en": "Not useful"}}]},
			   {"name": "recommend", "type": "YES_NO_NA", "label": {"ar": "هل تنصح أصدقاءك بالمشاركة؟",
			     "en": "Would you recommend it to your friends?"}, "required": true}]}]}
			""";

	private static final String[] ACTIONS = { "إرسال ملخص التوصيات إلى المجلس البلدي (تجريبي)",
			"متابعة طلب المعلومات مع مديرية الصحة (تجريبي)", "تنظيم لقاء متابعة مع المشاركين (تجريبي)" };

	private final Registrations registrations;

	private final FollowUps followUps;

	private final Surveys surveys;

	private final FormsManagement forms;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoFollowUps(Registrations registrations, FollowUps followUps, Surveys surveys, FormsManagement forms,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.registrations = registrations;
		this.followUps = followUps;
		this.surveys = surveys;
		this.forms = forms;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 81;
	}

	@Override
	public void seed() {
		if (forms.form(FORM).isPresent()) {
			return;
		}
		transactions.executeWithoutResult(status -> seedAll());
		log.info("Demo activities: feedback surveys, follow-up actions and invitations");
	}

	private void seedAll() {
		RasdPrincipal system = new SystemPrincipal();
		FormSummary form = forms.importJson(FORM, null, FEEDBACK, system);
		forms.publish(form.id(), system);
		Random random = new Random(23);
		LocalDate today = LocalDate.now(clock);
		List<Long> held = jdbc.sql("select id from activities_activity where demo = true and status = 'HELD' order by id")
			.query(Long.class).list();
		for (long activity : held) {
			followUps.settings(activity, form.id(), random.nextBoolean(), system);
			List<Object[]> attended = jdbc.sql("select r.token, r.person_id from activities_registration r where "
					+ "r.activity_id = ? and exists (select 1 from activities_attendance t where t.registration_id = r.id) "
					+ "order by r.id").param(activity).query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
				.list();
			for (Object[] one : attended) {
				if (random.nextInt(100) < 60) {
					surveys.answer((String) one[0], SurveyStage.FEEDBACK, Map.of("useful",
							List.of("very", "very", "somewhat", "not").get(random.nextInt(4)), "recommend",
							random.nextInt(5) == 0 ? "no" : "yes"));
				}
			}
			if (attended.isEmpty()) {
				continue;
			}
			for (int a = 0; a < 1 + random.nextInt(2); a++) {
				long owner = (Long) attended.get(random.nextInt(attended.size()))[1];
				LocalDate due = today.plusDays(random.nextInt(60) - 30);
				followUps.addAction(activity, ACTIONS[random.nextInt(ACTIONS.length)], Long.toString(owner), due, system);
				if (due.isBefore(today) && random.nextBoolean()) {
					long id = jdbc.sql("select max(id) from activities_action where activity_id = ?").param(activity)
						.query(Long.class).single();
					followUps.actionDone(activity, id, true, system);
				}
			}
		}
		invitations(random);
	}

	/** Invitations to each open demo dialogue, from the people of the held demo activities of its governorate. */
	private void invitations(Random random) {
		List<Object[]> open = jdbc.sql("select id, governorate_code from activities_activity where demo = true and "
				+ "status = 'OPEN' order by id").query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
		int n = 0;
		for (Object[] activity : open) {
			long id = (Long) activity[0];
			List<Object[]> people = jdbc.sql("select distinct r.person_id, r.name, r.sex, r.age_group from "
					+ "activities_registration r join activities_activity x on x.id = r.activity_id where x.demo = true "
					+ "and x.status = 'HELD' and x.governorate_code = ? order by r.person_id")
				.param(activity[1])
				.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) })
				.list();
			for (Object[] p : people.subList(0, Math.min(8, people.size()))) {
				String email = "demo-invitee-" + (++n) + "@example.invalid";
				String token = RegistrationStore.token();
				Timestamp at = Timestamp.from(clock.instant().minusSeconds(86_400L * (1 + random.nextInt(5))));
				jdbc.sql("insert into activities_invitation (activity_id, person_id, name, email, sex, age_group, "
						+ "governorate_code, language, token, invited_at) values (?, ?, ?, ?, ?, ?, ?, 'ar', ?, ?)")
					.params(id, p[0], p[1], email, p[2], p[3], activity[1], token, at).update();
				int reply = random.nextInt(3);
				if (reply == 0) {
					RegistrationSummary r = registrations.register(id, new RegistrationForm((String) p[1], null, email,
							(String) p[2], (String) p[3], (String) activity[1], null, true), Locale.forLanguageTag("ar"),
							true).registration();
					jdbc.sql("update activities_invitation set reply = 'ACCEPTED', registration_id = ?, replied_at = ? "
							+ "where token = ?").params(r.id(), Timestamp.from(clock.instant()), token).update();
				}
				else if (reply == 1) {
					jdbc.sql("update activities_invitation set reply = 'DECLINED', replied_at = ? where token = ?")
						.params(Timestamp.from(clock.instant()), token).update();
				}
			}
		}
	}
}
