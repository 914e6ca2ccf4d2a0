package ps.rasd.activities;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.domain.ActivityStore;
import ps.rasd.activities.domain.RegistrationStore;
import ps.rasd.activities.internal.ReachKeeper;
import ps.rasd.activities.domain.RegistrationStore.NewRegistration;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Activities, their sessions and attendance at the door. Administrators and the coordinators of an activity's
 * governorate create and run it; every staff member reads activities and their counts; who reads the attendee list
 * is {@link ReadRules#ATTENDEES}. The public reads activities once they are no longer only planned, and never a name.
 */
@Service
@Transactional
public class ActivitiesManagement {

	private final ActivityStore activities;

	private final RegistrationStore registrations;

	private final NetworkManagement network;

	private final GeographyManagement geography;

	private final AuditTrail audit;

	private final Clock clock;

	private final ReachKeeper reach;

	ActivitiesManagement(ActivityStore activities, RegistrationStore registrations, NetworkManagement network,
			GeographyManagement geography, AuditTrail audit, Clock clock, ReachKeeper reach) {
		this.reach = reach;
		this.activities = activities;
		this.registrations = registrations;
		this.network = network;
		this.geography = geography;
		this.audit = audit;
		this.clock = clock;
	}

	/** The kinds of activity, in the order of the list. */
	@Transactional(readOnly = true)
	public List<ActivityKind> kinds() {
		return activities.kinds();
	}

	/**
	 * Adds a kind or changes its labels (administrators).
	 * @throws InvalidInputException {@code activities.kind.invalid}
	 */
	public void saveKind(ActivityKind kind, RasdPrincipal actor) {
		if (!Reader.of(actor).is(Role.ADMIN)) {
			throw new ForbiddenException("activities.forbidden");
		}
		if (kind.code() == null || !kind.code().matches("[A-Z][A-Z_]{1,39}") || blank(kind.labelAr()) == null
				|| blank(kind.labelEn()) == null) {
			throw new InvalidInputException("activities.kind.invalid", Map.of("code", "activities.kind.invalid"));
		}
		activities.saveKind(new ActivityKind(kind.code(), kind.labelAr().strip(), kind.labelEn().strip(), kind.active()));
		audit.record("activities.kind.saved", "activity-kind", 0, null, kind.code());
	}

	/**
	 * Adds a planned activity.
	 * @throws ForbiddenException unless the actor administers or coordinates the governorate
	 * @throws InvalidInputException {@code activities.activity.invalid} with the fields at fault
	 */
	public ActivitySummary create(ActivityDetails details, RasdPrincipal actor) {
		ActivityDetails clean = validated(details);
		requireWrite(clean.governorateCode(), actor);
		long id = activities.insert(clean, false, clock.instant());
		audit.record("activities.activity.created", "activity", id, clean.governorateCode(), clean.kind());
		return activity(id, actor);
	}

	/** Adds an activity without an actor (the demo seed). */
	long createUnchecked(ActivityDetails details, boolean demo) {
		return activities.insert(validated(details), demo, clock.instant());
	}

	/**
	 * Changes an activity at the version read.
	 * @throws ps.rasd.shared.ConflictException {@code activities.activity.stale} when changed meanwhile
	 */
	public ActivitySummary update(long id, long version, ActivityDetails details, RasdPrincipal actor) {
		ActivitySummary current = writable(id, actor);
		ActivityDetails clean = validated(details);
		requireWrite(clean.governorateCode(), actor);
		activities.update(id, version, clean, clock.instant());
		audit.record("activities.activity.updated", "activity", id, current.details().governorateCode(), null);
		return activity(id, actor);
	}

	/**
	 * Moves an activity on ({@link ActivityStatus#next()}); opening needs a session. When the capacity grew, those
	 * waiting take the new seats when registration opens.
	 * @throws DomainException {@code activities.status.not-allowed}, {@code activities.status.no-session}
	 */
	public ActivitySummary move(long id, long version, ActivityStatus status, RasdPrincipal actor) {
		ActivitySummary current = writable(id, actor);
		if (!current.status().next().contains(status)) {
			throw new DomainException("activities.status.not-allowed", current.status(), status);
		}
		if (status == ActivityStatus.OPEN && current.sessions().isEmpty()) {
			throw new DomainException("activities.status.no-session");
		}
		activities.status(id, version, status, clock.instant());
		audit.record("activities.activity.moved", "activity", id, current.details().governorateCode(), status.name());
		return activity(id, actor);
	}

	/** Records the outcomes and recommendations (staff) and the short public report. */
	public ActivitySummary report(long id, String outcomes, String publicReport, RasdPrincipal actor) {
		ActivitySummary current = writable(id, actor);
		activities.report(id, blank(outcomes), blank(publicReport), clock.instant());
		audit.record("activities.activity.reported", "activity", id, current.details().governorateCode(), null);
		return activity(id, actor);
	}

	/**
	 * Adds a session.
	 * @throws InvalidInputException {@code activities.session.invalid} when it ends before it starts
	 */
	public ActivitySummary addSession(long id, Instant startsAt, Instant endsAt, RasdPrincipal actor) {
		ActivitySummary current = writable(id, actor);
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)
				|| endsAt.isAfter(startsAt.plus(java.time.Duration.ofHours(24)))) {
			throw new InvalidInputException("activities.session.invalid", Map.of("endsAt", "activities.session.invalid"));
		}
		activities.addSession(id, startsAt, endsAt);
		audit.record("activities.session.added", "activity", id, current.details().governorateCode(), null);
		return activity(id, actor);
	}

	/**
	 * Removes a session nobody was checked in to.
	 * @throws DomainException {@code activities.session.attended}
	 */
	public ActivitySummary removeSession(long id, long sessionId, RasdPrincipal actor) {
		writable(id, actor);
		if (activities.removeSession(id, sessionId) == 0) {
			throw new DomainException("activities.session.attended");
		}
		return activity(id, actor);
	}

	/**
	 * One activity for staff.
	 * @throws NotFoundException {@code activities.activity.not-found}
	 */
	@Transactional(readOnly = true)
	public ActivitySummary activity(long id, RasdPrincipal actor) {
		ActivitySummary found = activities.find(id)
			.orElseThrow(() -> new NotFoundException("activities.activity.not-found", id));
		if (!staff(Reader.of(actor)) && !found.status().shownToPublic()) {
			throw new NotFoundException("activities.activity.not-found", id);
		}
		return found;
	}

	/** One activity as the public sees it: not while only planned. */
	@Transactional(readOnly = true)
	public ActivitySummary publicActivity(long id) {
		return activity(id, null);
	}

	/** Activities for staff, filtered by governorate, kind and status (each optional), newest first. */
	@Transactional(readOnly = true)
	public List<ActivitySummary> activities(String governorate, String kind, ActivityStatus status, RasdPrincipal actor) {
		SqlConditions where = filter(governorate, kind);
		if (status != null) {
			where.and("a.status = ?", status.name());
		}
		if (!staff(Reader.of(actor))) {
			where.and("a.status <> 'PLANNED'");
		}
		return activities.list(where, 200);
	}

	/** Public activities with a session from {@code from} on, soonest first (the calendar). */
	@Transactional(readOnly = true)
	public List<ActivitySummary> upcoming(String governorate, String kind, Instant from) {
		SqlConditions where = filter(governorate, kind).and("a.status in ('OPEN', 'HELD', 'REPORTED')")
			.and("exists (select 1 from activities_session s where s.activity_id = a.id and s.ends_at >= ?)",
					java.sql.Timestamp.from(from));
		List<ActivitySummary> found = new java.util.ArrayList<>(activities.list(where, 200));
		found.sort(java.util.Comparator.comparing(ActivitySummary::startsAt));
		return found;
	}

	private static SqlConditions filter(String governorate, String kind) {
		SqlConditions where = new SqlConditions();
		if (blank(governorate) != null) {
			where.and("a.governorate_code = ?", governorate.strip());
		}
		if (blank(kind) != null) {
			where.and("a.kind = ?", kind.strip());
		}
		return where;
	}

	/**
	 * Who registered and who attended, with a name filter ({@link ReadRules#ATTENDEES}).
	 * @throws ForbiddenException {@code activities.forbidden} for anyone else
	 */
	@Transactional(readOnly = true)
	public List<RegistrationSummary> attendees(long id, String name, RasdPrincipal actor) {
		ActivitySummary found = activity(id, actor);
		requireAttendees(found, actor);
		return registrations.of(id, blank(name), 500);
	}

	/**
	 * Checks in the registration with this code (the QR code, or typed) to a session of the activity. A second
	 * check-in of the same code to the same session, from any phone, is answered {@link CheckIn.Outcome#ALREADY}
	 * and counts once. Someone on the waiting list who came takes a seat.
	 */
	public CheckIn checkIn(long id, long sessionId, String code, RasdPrincipal actor) {
		ActivitySummary found = activity(id, actor);
		requireAttendees(found, actor);
		requireSession(found, sessionId);
		String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		var registration = registrations.byCode(clean);
		if (registration.isEmpty()) {
			return new CheckIn(CheckIn.Outcome.UNKNOWN, null, 0);
		}
		RegistrationSummary r = registration.get();
		if (r.activityId() != id || r.status() == RegistrationStatus.CANCELLED) {
			return new CheckIn(CheckIn.Outcome.NOT_VALID, null, 0);
		}
		boolean added = registrations.checkIn(sessionId, r.id(), actor == null ? null : actor.accountId(),
				clock.instant());
		if (!added) {
			return new CheckIn(CheckIn.Outcome.ALREADY, r.name(), r.id());
		}
		reach.refreshRegistration(r.id());
		if (r.status() == RegistrationStatus.WAITING) {
			registrations.status(r.id(), RegistrationStatus.CONFIRMED, clock.instant());
			return new CheckIn(CheckIn.Outcome.FROM_WAITING_LIST, r.name(), r.id());
		}
		return new CheckIn(CheckIn.Outcome.CHECKED_IN, r.name(), r.id());
	}

	/**
	 * Adds someone who came without registering and checks them in: a person of the network, matched as the public
	 * form is.
	 * @throws InvalidInputException {@code activities.registration.invalid}
	 */
	public CheckIn walkIn(long id, long sessionId, RegistrationForm form, RasdPrincipal actor) {
		ActivitySummary found = activity(id, actor);
		requireAttendees(found, actor);
		requireSession(found, sessionId);
		Map<String, String> errors = new LinkedHashMap<>();
		if (blank(form.name()) == null) {
			errors.put("name", "activities.required");
		}
		String governorate = blank(form.governorateCode()) == null ? found.details().governorateCode()
				: form.governorateCode();
		if (!errors.isEmpty()) {
			throw new InvalidInputException("activities.registration.invalid", errors);
		}
		PersonDetails person = Registrations.person(form, governorate);
		long personId = network.personFor(person, null, null).value();
		RegistrationSummary r = registrations.byPerson(id, personId).orElseGet(() -> registrations
			.find(registrations.insert(new NewRegistration(id, personId, form.name().strip(), blank(form.phone()),
					blank(form.email()), blank(form.sex()), blank(form.ageGroup()), governorate, blank(form.university()),
					RegistrationStatus.CONFIRMED, true, "ar"), clock.instant()))
			.orElseThrow());
		if (r.status() != RegistrationStatus.CONFIRMED) {
			registrations.status(r.id(), RegistrationStatus.CONFIRMED, clock.instant());
		}
		audit.record("activities.walk-in", "activity", id, found.details().governorateCode(), "registration=" + r.id());
		return checkIn(id, sessionId, r.code(), actor);
	}

	// ---- rules ----

	private void requireSession(ActivitySummary found, long sessionId) {
		if (found.sessions().stream().noneMatch(s -> s.id() == sessionId)) {
			throw new NotFoundException("activities.session.not-found", sessionId);
		}
	}

	/** Whether the reader reads the attendee list of the activity. */
	public boolean readsAttendees(ActivitySummary activity, RasdPrincipal actor) {
		return ReadRules.ATTENDEES.sight(Reader.of(actor), facts(activity), clock.instant()) == Sight.FULL;
	}

	private void requireAttendees(ActivitySummary activity, RasdPrincipal actor) {
		if (!readsAttendees(activity, actor)) {
			throw new ForbiddenException("activities.forbidden");
		}
	}

	private static AccessFacts facts(ActivitySummary activity) {
		return AccessFacts.of(activity.details().governorateCode(), Tier.INTERNAL, null, null);
	}

	/** Whether the actor may change activities of the governorate. */
	public boolean writes(String governorate, RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		return reader.is(Role.ADMIN) || reader.isIn(Role.COORDINATOR, governorate);
	}

	/** Whether the actor creates activities anywhere: administrators and coordinators. */
	public boolean writesAny(RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		return reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR);
	}

	ActivitySummary writable(long id, RasdPrincipal actor) {
		ActivitySummary found = activity(id, actor);
		requireWrite(found.details().governorateCode(), actor);
		return found;
	}

	private void requireWrite(String governorate, RasdPrincipal actor) {
		if (!writes(governorate, actor)) {
			throw new ForbiddenException("activities.forbidden");
		}
	}

	static boolean staff(Reader reader) {
		return reader.is(Role.ADMIN) || reader.is(Role.ANALYST) || reader.is(Role.COORDINATOR);
	}

	ActivityDetails validated(ActivityDetails d) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (d.kind() == null || activities.kinds().stream().noneMatch(k -> k.code().equals(d.kind()))) {
			errors.put("kind", "activities.activity.kind-unknown");
		}
		if (blank(d.titleAr()) == null) {
			errors.put("titleAr", "activities.required");
		}
		else if (d.titleAr().strip().length() > 300) {
			errors.put("titleAr", "activities.too-long");
		}
		if (d.governorateCode() == null || geography.governorate(d.governorateCode()).isEmpty()) {
			errors.put("governorateCode", "activities.activity.governorate-unknown");
		}
		if (d.placeId() != null && geography.place(d.placeId()).isEmpty()) {
			errors.put("placeId", "activities.activity.place-unknown");
		}
		if (blank(d.onlineLink()) != null && !d.onlineLink().strip().matches("https?://\\S{3,490}")) {
			errors.put("onlineLink", "activities.activity.link-invalid");
		}
		if (d.capacity() == null || d.capacity() < 1 || d.capacity() > 10_000) {
			errors.put("capacity", "activities.activity.capacity-invalid");
		}
		if (d.attendanceRule() != null && (d.attendanceRule() < 1 || d.attendanceRule() > 100)) {
			errors.put("attendanceRule", "activities.activity.rule-invalid");
		}
		if (blank(d.partnerIds()) != null && !d.partnerIds().strip().matches("\\d+(\\s*,\\s*\\d+)*")) {
			errors.put("partnerIds", "activities.activity.partners-invalid");
		}
		for (String[] text : new String[][] { { "descriptionAr", d.descriptionAr() }, { "descriptionEn", d.descriptionEn() } }) {
			if (text[1] != null && text[1].length() > 4000) {
				errors.put(text[0], "activities.too-long");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("activities.activity.invalid", errors);
		}
		return new ActivityDetails(d.kind(), d.titleAr().strip(), blank(d.titleEn()), blank(d.descriptionAr()),
				blank(d.descriptionEn()), d.governorateCode(), d.placeId(), blank(d.address()), blank(d.onlineLink()),
				blank(d.organisers()), blank(d.partnerIds()), blank(d.facilitators()), blank(d.targetGroup()),
				d.capacity(), blank(d.campaignRef()), d.attendanceRule() == null ? 100 : d.attendanceRule());
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
