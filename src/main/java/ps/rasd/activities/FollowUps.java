package ps.rasd.activities;

import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonId;
import ps.rasd.network.PersonSummary;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * After the activity: the feedback form and the attendees' photo consent, follow-up actions (an owner of the
 * network, a due day, a done mark) and photos through {@code evidence} (its metadata stripped there). The public
 * report shows the photos only when the activity records the attendees' consent and the report is written.
 * Outcomes and the public text are {@link ActivitiesManagement#report}.
 */
@Service
@Transactional
public class FollowUps {

	/** The kind of record photos of an activity are filed under in {@code evidence}. */
	public static final String PHOTO = "activity-photo";

	private final JdbcClient jdbc;

	private final ActivitiesManagement activities;

	private final NetworkManagement network;

	private final FormsManagement forms;

	private final EvidenceManagement evidence;

	private final AuditTrail audit;

	private final Clock clock;

	FollowUps(JdbcClient jdbc, ActivitiesManagement activities, NetworkManagement network, FormsManagement forms,
			EvidenceManagement evidence, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.network = network;
		this.forms = forms;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	/** What follows an activity, for staff who read it. */
	@Transactional(readOnly = true)
	public FollowUp followUp(long activityId, RasdPrincipal actor) {
		activities.activity(activityId, actor);
		return read(activityId);
	}

	private FollowUp read(long activityId) {
		var row = jdbc.sql("select feedback_form_id, photo_consent from activities_activity where id = ?")
			.param(activityId).query((rs, n) -> new Object[] { rs.getObject(1, Long.class), rs.getBoolean(2) }).single();
		List<FollowUpAction> actions = jdbc.sql("select id, description, owner_person_id, owner_name, due_on, done_at "
				+ "from activities_action where activity_id = ? order by due_on, id")
			.param(activityId)
			.query((rs, n) -> new FollowUpAction(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
		List<Long> photos = evidence.filesOf(PHOTO, String.valueOf(activityId)).stream()
			.filter(EvidenceSummary::image).map(EvidenceSummary::id).toList();
		return new FollowUp(activityId, (Long) row[0], (Boolean) row[1], actions, photos);
	}

	/**
	 * Chooses the feedback form (a form of the {@code forms} module, or none) and records whether the attendees
	 * consented to photos on the public report.
	 */
	public FollowUp settings(long activityId, Long feedbackFormId, boolean photoConsent, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		if (feedbackFormId != null) {
			forms.form(feedbackFormId);
		}
		jdbc.sql("update activities_activity set feedback_form_id = ?, photo_consent = ? where id = ?")
			.params(feedbackFormId, photoConsent, activityId).update();
		audit.record("activities.follow-up.settings", "activity", activityId, activity.details().governorateCode(),
				"form=" + feedbackFormId + " photos=" + photoConsent);
		return read(activityId);
	}

	/**
	 * Adds a follow-up action. The owner is a person of the network the actor reads: their number, or a name that
	 * finds exactly one.
	 * @throws InvalidInputException {@code activities.action.invalid} with the fields at fault
	 */
	public FollowUp addAction(long activityId, String description, String owner, LocalDate dueOn, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		String text = ActivitiesManagement.blank(description);
		if (text == null || text.length() > 1000) {
			errors.put("description", text == null ? "activities.required" : "activities.too-long");
		}
		if (dueOn == null) {
			errors.put("dueOn", "activities.required");
		}
		PersonSummary person = owner(owner, actor, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("activities.action.invalid", errors);
		}
		jdbc.sql("insert into activities_action (activity_id, description, owner_person_id, owner_name, due_on, "
				+ "created_at) values (?, ?, ?, ?, ?, ?)")
			.params(activityId, text, person.id().value(), person.name(), Date.valueOf(dueOn),
					Timestamp.from(clock.instant()))
			.update();
		audit.record("activities.action.added", "activity", activityId, activity.details().governorateCode(),
				"owner=" + person.id().value());
		return read(activityId);
	}

	private PersonSummary owner(String owner, RasdPrincipal actor, Map<String, String> errors) {
		String clean = ActivitiesManagement.blank(owner);
		if (clean == null) {
			errors.put("owner", "activities.required");
			return null;
		}
		try {
			if (clean.matches("\\d{1,18}")) {
				return network.person(new PersonId(Long.parseLong(clean)), actor);
			}
		}
		catch (DomainException | ForbiddenException ex) {
			errors.put("owner", "activities.action.owner-unknown");
			return null;
		}
		List<PersonSummary> found = network.people(clean, null, 0, 2, actor);
		if (found.size() != 1) {
			errors.put("owner", found.isEmpty() ? "activities.action.owner-unknown" : "activities.action.owner-ambiguous");
			return null;
		}
		return found.get(0);
	}

	/** Marks an action done, or open again. */
	public FollowUp actionDone(long activityId, long actionId, boolean done, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		int changed = jdbc.sql("update activities_action set done_at = ? where id = ? and activity_id = ?")
			.params(done ? Timestamp.from(clock.instant()) : null, actionId, activityId).update();
		if (changed == 0) {
			throw new NotFoundException("activities.action.not-found", actionId);
		}
		audit.record("activities.action.done", "activity", activityId, activity.details().governorateCode(),
				"action=" + actionId + " done=" + done);
		return read(activityId);
	}

	/**
	 * Adds a photo: {@code evidence} checks the type by its content and strips the metadata.
	 * @throws DomainException {@code activities.photo.not-image}, or the refusals of {@code evidence}
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public long addPhoto(long activityId, InputStream content, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		EvidenceSummary file = evidence.upload(content, PHOTO, String.valueOf(activityId),
				activity.details().governorateCode(), actor);
		if (!file.image()) {
			throw new DomainException("activities.photo.not-image");
		}
		audit.record("activities.photo.added", "activity", activityId, activity.details().governorateCode(),
				"file=" + file.id());
		return file.id();
	}

	/** The photos the public report shows: none without the attendees' consent or before the report is written. */
	@Transactional(readOnly = true)
	public List<Long> publicPhotos(long activityId) {
		ActivitySummary activity = activities.publicActivity(activityId);
		FollowUp followUp = read(activityId);
		return followUp.photoConsent() && activity.publicReport() != null ? followUp.photoIds() : List.of();
	}

	/**
	 * A photo of the public report.
	 * @throws NotFoundException {@code activities.photo.not-found} unless {@link #publicPhotos} lists it
	 */
	@Transactional(readOnly = true)
	public InputStream publicPhoto(long activityId, long fileId) {
		if (!publicPhotos(activityId).contains(fileId)) {
			throw new NotFoundException("activities.photo.not-found", fileId);
		}
		return evidence.openPublished(fileId, PHOTO);
	}

	/** The type of a photo's kept file ({@code image/jpeg}, {@code image/png}, {@code image/webp}). */
	@Transactional(readOnly = true)
	public String mediaType(long fileId) {
		return evidence.file(fileId).mediaType();
	}

	/** A photo for staff who read the activity (not an evidence read: photos are not evidence). */
	@Transactional(readOnly = true)
	public InputStream photo(long activityId, long fileId, RasdPrincipal actor) {
		if (!followUp(activityId, actor).photoIds().contains(fileId)) {
			throw new NotFoundException("activities.photo.not-found", fileId);
		}
		return evidence.openPublished(fileId, PHOTO);
	}
}
