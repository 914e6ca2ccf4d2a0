package ps.rasd.activities;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.domain.RegistrationStore;
import ps.rasd.activities.internal.ActivityMails;
import ps.rasd.network.PersonSummary;
import ps.rasd.network.Segments;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Invitations to an open activity for the people of a network group or segment, through the mail outbox. Each
 * carries a personal link to answer "I'll come" — a registration through {@link Registrations#register} as if the
 * public form were filled, waiting list included — or "I can't". Staff see how many were invited, accepted,
 * declined and did not answer; the link shows nothing of the person.
 */
@Service
@Transactional
public class Invitations {

	private final JdbcClient jdbc;

	private final ActivitiesManagement activities;

	private final Registrations registrations;

	private final Segments segments;

	private final ActivityMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	Invitations(JdbcClient jdbc, ActivitiesManagement activities, Registrations registrations, Segments segments,
			ActivityMails mails, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.registrations = registrations;
		this.segments = segments;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Invites the people of a group or segment that the actor reads with an e-mail address and who were not invited
	 * to this activity yet; each gets a mail in {@code locale}'s language.
	 * @return how many were invited now
	 * @throws DomainException {@code activities.invitation.closed} unless the activity takes registrations
	 */
	public int invite(long activityId, long groupId, Locale locale, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		if (!activity.status().takesRegistrations()) {
			throw new DomainException("activities.invitation.closed");
		}
		List<PersonSummary> people = new ArrayList<>();
		segments.forEachMember(groupId, actor, people::add);
		String language = "en".equals(locale.getLanguage()) ? "en" : "ar";
		int invited = 0;
		for (PersonSummary p : people) {
			String email = p.details().email();
			if (email == null || email.isBlank() || invited(activityId, p.id().value())) {
				continue;
			}
			String token = RegistrationStore.token();
			jdbc.sql("insert into activities_invitation (activity_id, person_id, name, email, sex, age_group, "
					+ "governorate_code, university, language, token, invited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(activityId, p.id().value(), p.name(), email.strip(), p.details().sex(), p.details().ageGroup(),
						p.details().governorateCode(), p.details().university(), language, token,
						Timestamp.from(clock.instant()))
				.update();
			mails.invitation(activity, p.name(), email.strip(), language, token);
			invited++;
		}
		audit.record("activities.invitation.sent", "activity", activityId, activity.details().governorateCode(),
				"group=" + groupId + " invited=" + invited);
		return invited;
	}

	private boolean invited(long activityId, long personId) {
		return jdbc.sql("select count(*) from activities_invitation where activity_id = ? and person_id = ?")
			.params(activityId, personId).query(Long.class).single() > 0;
	}

	/** How the invitations to an activity were answered (staff who read the activity). */
	@Transactional(readOnly = true)
	public InvitationCounts counts(long activityId, RasdPrincipal actor) {
		activities.activity(activityId, actor);
		return jdbc.sql("select count(*), sum(case when reply = 'ACCEPTED' then 1 else 0 end), sum(case when reply = "
				+ "'DECLINED' then 1 else 0 end) from activities_invitation where activity_id = ?")
			.param(activityId)
			.query((rs, n) -> new InvitationCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

	/** The invitation of a personal link, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(String token) {
		return jdbc.sql("select i.activity_id, i.reply, r.token from activities_invitation i left join "
				+ "activities_registration r on r.id = i.registration_id where i.token = ?")
			.param(token == null ? "" : token)
			.query((rs, n) -> new Invitation(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
	}

	/**
	 * "I'll come": registers the invited person as the public form would (a seat or the waiting list; a second
	 * acceptance gives back the same registration).
	 * @throws InvalidInputException {@code activities.registration.invalid} without consent
	 * @throws DomainException {@code activities.registration.closed} when the activity no longer takes registrations
	 * @throws NotFoundException {@code activities.invitation.not-found}
	 */
	public RegistrationSummary accept(String token, boolean consent) {
		var row = row(token);
		if (!consent) {
			throw new InvalidInputException("activities.registration.invalid",
					Map.of("consent", "activities.registration.consent-required"));
		}
		long activityId = ((Number) row.get("activity_id")).longValue();
		String governorate = row.get("governorate_code") != null ? (String) row.get("governorate_code")
				: activities.publicActivity(activityId).details().governorateCode();
		RegistrationForm form = new RegistrationForm((String) row.get("name"), null, (String) row.get("email"),
				(String) row.get("sex"), (String) row.get("age_group"), governorate, (String) row.get("university"), true);
		RegistrationSummary registration = registrations
			.register(activityId, form, Locale.forLanguageTag((String) row.get("language"))).registration();
		jdbc.sql("update activities_invitation set reply = 'ACCEPTED', registration_id = ?, replied_at = ? where token = ?")
			.params(registration.id(), Timestamp.from(clock.instant()), token).update();
		return registration;
	}

	/** "I can't": recorded; a seat taken by an earlier "I'll come" is given up (the first waiting takes it). */
	public void decline(String token) {
		var row = row(token);
		invitation(token).map(Invitation::registrationToken).ifPresent(registrations::cancel);
		jdbc.sql("update activities_invitation set reply = 'DECLINED', replied_at = ? where token = ?")
			.params(Timestamp.from(clock.instant()), token).update();
		audit.record("activities.invitation.declined", "activity", row.get("activity_id"), null, null);
	}

	private Map<String, Object> row(String token) {
		return jdbc.sql("select activity_id, name, email, sex, age_group, governorate_code, university, language from "
				+ "activities_invitation where token = ?")
			.param(token == null ? "" : token).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> new NotFoundException("activities.invitation.not-found", "link"));
	}
}
