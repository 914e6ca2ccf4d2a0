package ps.rasd.activities;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.domain.RegistrationStore;
import ps.rasd.activities.internal.ActivityMails;
import ps.rasd.activities.internal.CertificatePdf;
import ps.rasd.network.NameMatch;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Certificates of attendance: issued by the activity's staff, once it is held, to each participant who attended
 * at least the activity's share of sessions ({@link ActivityDetails#attendanceRule()}); printed in the language
 * the participant registered in, mailed, downloadable from the personal link, and checked by anyone through its
 * code on a public page.
 */
@Service
@Transactional
public class Certificates {

	private final JdbcClient jdbc;

	private final ActivitiesManagement activities;

	private final RegistrationStore registrations;

	private final CertificatePdf pdf;

	private final ActivityMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	private final ActivitiesProperties settings;

	private final Trainings trainings;

	Certificates(JdbcClient jdbc, ActivitiesManagement activities, RegistrationStore registrations, CertificatePdf pdf,
			ActivityMails mails, AuditTrail audit, Clock clock, ActivitiesProperties settings,
			Trainings trainings) {
		this.trainings = trainings;
		this.jdbc = jdbc;
		this.activities = activities;
		this.registrations = registrations;
		this.pdf = pdf;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Issues the certificates not yet issued to those who met the attendance rule, and mails each.
	 * @return how many were issued now
	 * @throws DomainException {@code activities.certificate.not-held} before the activity is held
	 */
	public int issue(long activityId, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		if (activity.status() != ActivityStatus.HELD && activity.status() != ActivityStatus.REPORTED) {
			throw new DomainException("activities.certificate.not-held");
		}
		int sessions = activity.sessions().size();
		int issued = 0;
		for (RegistrationSummary r : registrations.of(activityId, null, 100_000)) {
			if (r.certificateCode() != null || r.status() != RegistrationStatus.CONFIRMED || sessions == 0
					|| r.sessionsAttended() * 100 < activity.details().attendanceRule() * sessions) {
				continue;
			}
			issueOne(activity, r);
			issued++;
		}
		trainings.completed(activityId);
		audit.record("activities.certificates.issued", "activity", activityId, activity.details().governorateCode(),
				"count=" + issued);
		return issued;
	}

	private void issueOne(ActivitySummary activity, RegistrationSummary r) {
		double hours = hoursAttended(activity, r.id());
		String code = RegistrationStore.code(12);
		String[] contact = registrations.contact(r.id()).orElseThrow();
		Instant now = clock.instant();
		Instant expires = settings.certificateValidity() == null ? null : now.plus(settings.certificateValidity());
		jdbc.sql("insert into activities_certificate (registration_id, code, language, hours, issued_at, expires_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(r.id(), code, contact[1], BigDecimal.valueOf(hours), Timestamp.from(now),
					expires == null ? null : Timestamp.from(expires))
			.update();
		byte[] document = pdf.render(activity, r.name(), hours, code, now, Locale.forLanguageTag(contact[1]));
		mails.certificate(activity, r, contact, code, document);
	}

	private double hoursAttended(ActivitySummary activity, long registrationId) {
		var attended = jdbc.sql("select session_id from activities_attendance where registration_id = ?")
			.param(registrationId).query(Long.class).set();
		return Math.round(activity.sessions().stream().filter(s -> attended.contains(s.id()))
			.mapToDouble(SessionSummary::hours).sum() * 10) / 10.0;
	}

	/**
	 * The certificate of a personal link, as PDF.
	 * @throws NotFoundException {@code activities.certificate.not-found} when none was issued
	 */
	@Transactional(readOnly = true)
	public byte[] pdfOf(String token) {
		RegistrationSummary r = registrations.byToken(token == null ? "" : token)
			.orElseThrow(() -> new NotFoundException("activities.certificate.not-found", "link"));
		if (r.certificateCode() == null) {
			throw new NotFoundException("activities.certificate.not-found", "link");
		}
		var row = jdbc.sql("select language, hours, issued_at from activities_certificate where code = ?")
			.param(r.certificateCode())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getBigDecimal(2), rs.getTimestamp(3).toInstant() })
			.single();
		return pdf.render(activities.publicActivity(r.activityId()), r.name(), ((BigDecimal) row[1]).doubleValue(),
				r.certificateCode(), (Instant) row[2], Locale.forLanguageTag((String) row[0]));
	}

	/**
	 * What a code verifies: not valid when unknown, revoked or expired. The name typed, if any, is compared with
	 * the holder's by the network's spelling rules; the holder's name itself is never shown.
	 */
	@Transactional(readOnly = true)
	public CertificateCheck verify(String code, String name) {
		String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!clean.matches("[2-9A-Z]{12}")) {
			return CertificateCheck.NOT_VALID;
		}
		var found = jdbc.sql("select c.hours, c.issued_at, c.expires_at, c.revoked, r.activity_id, r.name from "
				+ "activities_certificate c join activities_registration r on r.id = c.registration_id where c.code = ?")
			.param(clean)
			.query((rs, n) -> new Object[] { rs.getBigDecimal(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getBoolean(4), rs.getLong(5),
					rs.getString(6) })
			.optional();
		if (found.isEmpty()) {
			return CertificateCheck.NOT_VALID;
		}
		Object[] c = found.get();
		if ((Boolean) c[3] || c[2] != null && clock.instant().isAfter((Instant) c[2])) {
			return CertificateCheck.NOT_VALID;
		}
		Boolean matches = name == null || name.isBlank() ? null : NameMatch.same(name, (String) c[5]);
		return new CertificateCheck(true, activities.publicActivity((Long) c[4]), ((BigDecimal) c[0]).doubleValue(),
				(Instant) c[1], matches);
	}

	/** Revokes a certificate (issued by mistake); its code no longer verifies. */
	public void revoke(long activityId, String code, RasdPrincipal actor) {
		ActivitySummary activity = activities.writable(activityId, actor);
		int changed = jdbc.sql("update activities_certificate c set revoked = true where code = ? and exists (select 1 "
				+ "from activities_registration r where r.id = c.registration_id and r.activity_id = ?)")
			.params(code, activityId).update();
		if (changed == 0) {
			throw new NotFoundException("activities.certificate.not-found", code);
		}
		audit.record("activities.certificate.revoked", "activity", activityId, activity.details().governorateCode(),
				code);
	}
}
