/**
 * Activities of the forum with young people: trainings, workshops, conferences, dialogues, focus groups, community
 * initiatives and meetings with decision makers. An activity has sessions, a venue, a capacity and a status
 * (planned → open → held → reported; cancelled). The public registers without an account (a person of the
 * {@code network} module, matched by its duplicate rules), gets a confirmation mail with an iCalendar invitation and
 * a QR code, is checked in at the door on a phone, and receives a certificate anyone can verify. Facades by area:
 * {@link ps.rasd.activities.ActivitiesManagement} (activities, sessions, attendance),
 * {@link ps.rasd.activities.Registrations} (the public form, waiting list, personal link),
 * {@link ps.rasd.activities.Certificates}, {@link ps.rasd.activities.ActivityFigures} (donor figures),
 * {@link ps.rasd.activities.Trainings} (tests, people trained, the training a scorecard requires).
 */
@ApplicationModule(displayName = "Activities", allowedDependencies = { "shared", "shared::spi", "shared::sql",
		"geography", "network", "notifications", "forms", "evidence" })
package ps.rasd.activities;

import org.springframework.modulith.ApplicationModule;
