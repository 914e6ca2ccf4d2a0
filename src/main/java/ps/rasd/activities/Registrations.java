package ps.rasd.activities;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.domain.RegistrationStore;
import ps.rasd.activities.domain.RegistrationStore.NewRegistration;
import ps.rasd.activities.internal.ActivityMails;
import ps.rasd.activities.internal.ReachKeeper;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.EmailAddress;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Registration without an account. The registrant becomes (or is found to be) a person of the network by its
 * duplicate rules, and learns nothing of any record: the answer is the same whether they were known or not. A
 * second registration of the same person for the same activity gives back the first. Beyond the capacity a
 * registration waits; when someone cancels, the first waiting takes the seat and is told by mail.
 */
@Service
@Transactional
public class Registrations {

	/** The age groups of the form and of the donor figures. */
	public static final java.util.List<String> AGE_GROUPS = ActivityFigures.AGE_GROUPS;

	private final RegistrationStore registrations;

	private final ActivitiesManagement activities;

	private final NetworkManagement network;

	private final GeographyManagement geography;

	private final ActivityMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	private final ActivitiesProperties settings;

	private final ReachKeeper reach;

	Registrations(RegistrationStore registrations, ActivitiesManagement activities, NetworkManagement network,
			GeographyManagement geography, ActivityMails mails, AuditTrail audit, Clock clock,
			ActivitiesProperties settings, ReachKeeper reach) {
		this.reach = reach;
		this.registrations = registrations;
		this.activities = activities;
		this.network = network;
		this.geography = geography;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/** The version of the consent text the form shows. */
	public String consentVersion() {
		return settings.consentVersion();
	}

	/**
	 * Registers for an open activity: a seat while there is one, else the waiting list; a confirmation mail with
	 * the invitation ({@code .ics}) and the QR code goes to the e-mail given.
	 * @throws InvalidInputException {@code activities.registration.invalid} with the fields at fault
	 * @throws DomainException {@code activities.registration.closed} unless the activity is open
	 */
	public Registered register(long activityId, RegistrationForm form, Locale locale) {
		return register(activityId, form, locale, false);
	}

	/**
	 * As {@link #register(long, RegistrationForm, Locale)}; with {@code demo} (the demo seed) the person added is
	 * marked fictional, no mail is sent and the activity need not be open.
	 */
	public Registered register(long activityId, RegistrationForm form, Locale locale, boolean demo) {
		ActivitySummary activity = activities.publicActivity(activityId);
		Map<String, String> errors = errors(form);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("activities.registration.invalid", errors);
		}
		if (!activity.status().takesRegistrations() && !demo) {
			throw new DomainException("activities.registration.closed");
		}
		PersonDetails person = person(form, form.governorateCode());
		long personId;
		try {
			personId = network.personFor(person, settings.consentVersion(), "activities", demo).value();
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException("activities.registration.invalid", Map.of("phone",
					"activities.registration.contact-invalid"));
		}
		registrations.lockActivity(activityId);
		Optional<RegistrationSummary> existing = registrations.byPerson(activityId, personId);
		if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
			if (!demo) {
				mails.confirmation(activity, existing.get(), registrations.contact(existing.get().id()).orElseThrow());
			}
			return new Registered(existing.get(), false);
		}
		RegistrationStatus status = registrations.confirmed(activityId) < activity.details().capacity()
				? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
			registrations.status(id, status, clock.instant());
		}
		else {
			String language = "en".equals(locale.getLanguage()) ? "en" : "ar";
			id = registrations.insert(new NewRegistration(activityId, personId, form.name().strip(),
					ActivitiesManagement.blank(form.phone()), email(form.email()), ActivitiesManagement.blank(form.sex()),
					ActivitiesManagement.blank(form.ageGroup()), form.governorateCode(),
					ActivitiesManagement.blank(form.university()), status, false, language), clock.instant());
		}
		audit.record("activities.registration.added", "activity", activityId, activity.details().governorateCode(),
				"registration=" + id + " " + status);
		RegistrationSummary saved = registrations.find(id).orElseThrow();
		if (!demo) {
			mails.confirmation(activity, saved, registrations.contact(id).orElseThrow());
		}
		return new Registered(saved, true);
	}

	/**
	 * The registration of a personal link.
	 * @throws NotFoundException {@code activities.registration.not-found}
	 */
	@Transactional(readOnly = true)
	public RegistrationSummary byToken(String token) {
		return registrations.byToken(token == null ? "" : token)
			.orElseThrow(() -> new NotFoundException("activities.registration.not-found", "link"));
	}

	/**
	 * Cancels through the personal link; the first on the waiting list takes the seat and is told. Cancelling
	 * twice changes nothing.
	 */
	public RegistrationSummary cancel(String token) {
		RegistrationSummary r = byToken(token);
		if (r.status() == RegistrationStatus.CANCELLED) {
			return r;
		}
		registrations.lockActivity(r.activityId());
		registrations.status(r.id(), RegistrationStatus.CANCELLED, clock.instant());
		ActivitySummary activity = activities.publicActivity(r.activityId());
		audit.record("activities.registration.cancelled", "activity", r.activityId(),
				activity.details().governorateCode(), "registration=" + r.id());
		if (r.status() == RegistrationStatus.CONFIRMED) {
			promote(activity);
		}
		return byToken(token);
	}

	/**
	 * Undoes a check-in made by mistake (the wrong code typed, the wrong session): the attendance goes, and the
	 * donor figures no longer count it. Undoing what is not there changes nothing.
	 * @throws ForbiddenException {@code activities.forbidden} unless the actor reads the activity's attendees
	 */
	public void undoCheckIn(long activityId, long sessionId, long registrationId, RasdPrincipal actor) {
		ActivitySummary activity = attendeesOf(activityId, actor);
		RegistrationSummary r = registrations.find(registrationId)
			.filter(found -> found.activityId() == activityId)
			.orElseThrow(() -> new NotFoundException("activities.registration.not-found", registrationId));
		if (registrations.undoCheckIn(sessionId, r.id()) == 0) {
			return;
		}
		reach.refreshRegistration(r.id());
		audit.record("activities.check-in.undone", "activity", activityId, activity.details().governorateCode(),
				"registration=" + r.id() + " session=" + sessionId);
	}

	/**
	 * Corrects what a registrant gave (sex, age group, governorate — a typing slip at the door, a wrong age group);
	 * the donor figures count the person with the correction.
	 * @throws InvalidInputException {@code activities.registration.invalid} with the fields at fault
	 */
	public RegistrationSummary correct(long activityId, long registrationId, String sex, String ageGroup,
			String governorateCode, RasdPrincipal actor) {
		ActivitySummary activity = attendeesOf(activityId, actor);
		RegistrationSummary r = registrations.find(registrationId)
			.filter(found -> found.activityId() == activityId)
			.orElseThrow(() -> new NotFoundException("activities.registration.not-found", registrationId));
		Map<String, String> errors = new LinkedHashMap<>();
		String cleanSex = ActivitiesManagement.blank(sex);
		String cleanAge = ActivitiesManagement.blank(ageGroup);
		if (cleanSex != null && !cleanSex.matches("[FM]")) {
			errors.put("sex", "activities.registration.sex-unknown");
		}
		if (cleanAge != null && !AGE_GROUPS.contains(cleanAge)) {
			errors.put("ageGroup", "activities.registration.age-group-unknown");
		}
		if (governorateCode == null || geography.governorate(governorateCode).isEmpty()) {
			errors.put("governorateCode", "activities.registration.governorate-unknown");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("activities.registration.invalid", errors);
		}
		registrations.correct(r.id(), cleanSex, cleanAge, governorateCode, clock.instant());
		reach.refreshRegistration(r.id());
		audit.record("activities.registration.corrected", "activity", activityId, activity.details().governorateCode(),
				"registration=" + r.id());
		return registrations.find(r.id()).orElseThrow();
	}

	private ActivitySummary attendeesOf(long activityId, RasdPrincipal actor) {
		ActivitySummary activity = activities.activity(activityId, actor);
		if (!activities.readsAttendees(activity, actor)) {
			throw new ForbiddenException("activities.forbidden");
		}
		return activity;
	}

	private void promote(ActivitySummary activity) {
		if (registrations.confirmed(activity.id()) >= activity.details().capacity()) {
			return;
		}
		registrations.firstWaiting(activity.id()).ifPresent(next -> {
			registrations.status(next, RegistrationStatus.CONFIRMED, clock.instant());
			audit.record("activities.registration.promoted", "activity", activity.id(),
					activity.details().governorateCode(), "registration=" + next);
			mails.promoted(activity, registrations.find(next).orElseThrow(), registrations.contact(next).orElseThrow());
		});
	}

	private Map<String, String> errors(RegistrationForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (ActivitiesManagement.blank(form.name()) == null) {
			errors.put("name", "activities.required");
		}
		else if (form.name().strip().length() > 200) {
			errors.put("name", "activities.too-long");
		}
		if (ActivitiesManagement.blank(form.phone()) == null && ActivitiesManagement.blank(form.email()) == null) {
			errors.put("email", "activities.registration.contact-required");
		}
		if (ActivitiesManagement.blank(form.email()) != null && !EmailAddress.isValid(form.email().strip())) {
			errors.put("email", "activities.registration.email-invalid");
		}
		if (form.governorateCode() == null || geography.governorate(form.governorateCode()).isEmpty()) {
			errors.put("governorateCode", "activities.registration.governorate-unknown");
		}
		if (ActivitiesManagement.blank(form.ageGroup()) != null && !AGE_GROUPS.contains(form.ageGroup())) {
			errors.put("ageGroup", "activities.registration.age-group-unknown");
		}
		if (ActivitiesManagement.blank(form.sex()) != null && !form.sex().matches("[FM]")) {
			errors.put("sex", "activities.registration.sex-unknown");
		}
		if (!form.consented()) {
			errors.put("consent", "activities.registration.consent-required");
		}
		return errors;
	}

	private static String email(String email) {
		return ActivitiesManagement.blank(email) == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	static PersonDetails person(RegistrationForm form, String governorate) {
		return new PersonDetails(form.name().strip(), null, ActivitiesManagement.blank(form.sex()), null,
				ActivitiesManagement.blank(form.ageGroup()), governorate, null, ActivitiesManagement.blank(form.university()),
				null, null, null, ActivitiesManagement.blank(form.phone()), email(form.email()), null);
	}
}
