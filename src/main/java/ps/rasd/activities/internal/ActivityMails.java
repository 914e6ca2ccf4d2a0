package ps.rasd.activities.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.RegistrationStatus;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.notifications.OutgoingMail.Attachment;
import ps.rasd.shared.Formats;
import ps.rasd.shared.RasdProperties;

/**
 * The mails of a registration, queued in the outbox in the registration's transaction: the confirmation (the
 * invitation as {@code .ics} and the QR code of the short code attached), a seat freed for someone waiting, a
 * certificate. A registration without an e-mail gets no mail; its personal link is shown on the page instead.
 */
@Component
public class ActivityMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final RasdProperties rasd;

	private final Clock clock;

	ActivityMails(MailOutbox outbox, MessageSource messages, RasdProperties rasd, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.rasd = rasd;
		this.clock = clock;
	}

	/** The personal link of a registration. */
	public String personalLink(RegistrationSummary r) {
		return rasd.baseUrl() + "/events/registration/" + r.token();
	}

	/** The confirmation of a registration (seat or waiting list), with the invitation and the QR code. */
	public void confirmation(ActivitySummary activity, RegistrationSummary r, String[] contact) {
		if (contact[0] == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(contact[1]);
		String status = r.status() == RegistrationStatus.WAITING ? "waiting" : "confirmed";
		String text = text(locale, "activities.mail." + status + ".body", r.name(), activity.title(locale),
				when(activity, locale), r.code(), personalLink(r));
		OutgoingMail mail = new OutgoingMail(contact[0], text(locale, "activities.mail." + status + ".subject",
				activity.title(locale)), text, null, "activities.registration", "activity-" + activity.id())
			.with(new Attachment("invitation.ics", "text/calendar; method=PUBLISH",
					ICalendar.of(List.of(activity), locale, rasd.baseUrl(), host(), clock.instant())),
					new Attachment("code-" + r.code() + ".png", "image/png", QrPng.png(r.code(), 8)));
		outbox.queue(mail);
	}

	/** Someone waiting took a freed seat. */
	public void promoted(ActivitySummary activity, RegistrationSummary r, String[] contact) {
		if (contact[0] == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(contact[1]);
		String text = text(locale, "activities.mail.promoted.body", r.name(), activity.title(locale),
				when(activity, locale), r.code(), personalLink(r));
		outbox.queue(new OutgoingMail(contact[0], text(locale, "activities.mail.promoted.subject",
				activity.title(locale)), text, null, "activities.registration", "activity-" + activity.id())
			.with(new Attachment("code-" + r.code() + ".png", "image/png", QrPng.png(r.code(), 8))));
	}

	/** A certificate was issued: the PDF attached, the link to download it again and to verify it. */
	public void certificate(ActivitySummary activity, RegistrationSummary r, String[] contact, String code, byte[] pdf) {
		if (contact[0] == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(contact[1]);
		String text = text(locale, "activities.mail.certificate.body", r.name(), activity.title(locale),
				rasd.baseUrl() + "/certificates/" + code, personalLink(r));
		outbox.queue(new OutgoingMail(contact[0], text(locale, "activities.mail.certificate.subject",
				activity.title(locale)), text, null, "activities.certificate", "activity-" + activity.id())
			.with(new Attachment("certificate-" + code + ".pdf", "application/pdf", pdf)));
	}

	/** An invitation with the personal link to answer it. */
	public void invitation(ActivitySummary activity, String name, String email, String language, String token) {
		Locale locale = Locale.forLanguageTag(language);
		String text = text(locale, "activities.mail.invitation.body", name, activity.title(locale),
				when(activity, locale), rasd.baseUrl() + "/events/invitation/" + token);
		outbox.queue(new OutgoingMail(email, text(locale, "activities.mail.invitation.subject", activity.title(locale)),
				text, null, "activities.invitation", "activity-" + activity.id())
			.with(new Attachment("invitation.ics", "text/calendar; method=PUBLISH",
					ICalendar.of(List.of(activity), locale, rasd.baseUrl(), host(), clock.instant()))));
	}

	/** A form to fill through the personal link of a registration (feedback survey, pre-test, post-test). */
	public void survey(ActivitySummary activity, RegistrationSummary r, String[] contact, String stage) {
		if (contact[0] == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(contact[1]);
		String text = text(locale, "activities.mail.survey." + stage + ".body", r.name(), activity.title(locale),
				personalLink(r) + "/survey/" + stage);
		outbox.queue(new OutgoingMail(contact[0], text(locale, "activities.mail.survey." + stage + ".subject",
				activity.title(locale)), text, null, "activities.survey", "activity-" + activity.id()));
	}

	private String when(ActivitySummary activity, Locale locale) {
		return activity.startsAt() == null ? "" : Formats.of(locale).dateTime(activity.startsAt());
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String host() {
		String host = URI.create(rasd.baseUrl()).getHost();
		return host == null ? "rasd" : host;
	}
}
