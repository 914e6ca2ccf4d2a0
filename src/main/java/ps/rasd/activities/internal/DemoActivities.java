package ps.rasd.activities.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivityDetails;
import ps.rasd.activities.ActivityFigures;
import ps.rasd.activities.ActivityStatus;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.RegistrationForm;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.activities.Registrations;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.shared.Formats;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.spi.DemoSeed;

/**
 * Fictional, marked demo activities: in every governorate two activities held over the last year (a workshop and a
 * training of two sessions) with registrations of fictional young people (phones in the 0599 001 range, no e-mail,
 * so no mail goes out) and attendance taken, and one workshop open for registration next month.
 */
class DemoActivities implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);

	private static final String[] FIRST = { "ليلى", "سارة", "رهف", "أحمد", "يوسف", "عمر", "نور", "خالد", "هبة", "باسل" };

	private static final String[] FAMILY = { "الخطيب", "عودة", "حماد", "الشريف", "صالح", "منصور", "داود", "حسن" };

	private static final String[] GROUPS = { "طلبة الجامعات", "صحفيون شباب", "متطوعو الرقابة", "ناشطون مجتمعيون" };

	private final ActivitiesManagement activities;

	private final Registrations registrations;

	private final GeographyManagement geography;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoActivities(ActivitiesManagement activities, Registrations registrations, GeographyManagement geography,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.activities = activities;
		this.registrations = registrations;
		this.geography = geography;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void seed() {
		if (jdbc.sql("select count(*) from activities_activity where demo = true").query(Long.class).single() > 0) {
			return;
		}
		transactions.executeWithoutResult(status -> seedAll());
		log.info("Demo activities: held and open activities in every governorate");
	}

	private void seedAll() {
		RasdPrincipal system = new SystemPrincipal();
		Random random = new Random(17);
		int phone = 0;
		LocalDate today = LocalDate.now(clock);
		for (GovernorateSummary g : geography.governorates()) {
			String place = g.name().ar();
			for (int n = 0; n < 2; n++) {
				boolean training = n == 1;
				ActivityDetails details = ActivityDetails.of(training ? "TRAINING" : "WORKSHOP",
						(training ? "دورة منهجية الرقابة على الخدمات الصحية — " : "ورشة الحق في الوصول إلى المعلومات — ")
								+ place + " (تجريبي)", g.code(), 25)
					.titledInEnglish((training ? "Health services monitoring methodology — " : "Right to information workshop — ")
							+ g.name().en() + " (demo)")
					.forGroup(GROUPS[random.nextInt(GROUPS.length)]).forCampaign(training ? null : "DEMO-RTI-2026");
				LocalDate day = today.minusDays(30 + random.nextInt(320));
				ActivitySummary a = activities.create(details, system);
				for (int s = 0; s < (training ? 2 : 1); s++) {
					activities.addSession(a.id(), at(day.plusDays(s), 10), at(day.plusDays(s), 14), system);
				}
				a = activities.move(a.id(), activities.activity(a.id(), system).version(), ActivityStatus.OPEN, system);
				for (int p = 0; p < 10 + random.nextInt(10); p++) {
					RegistrationSummary r = registrations.register(a.id(), person(random, g.code(), phone++),
							Locale.forLanguageTag("ar"), true).registration();
					for (var session : a.sessions()) {
						if (random.nextInt(100) < 75) {
							activities.checkIn(a.id(), session.id(), r.code(), system);
						}
					}
				}
				a = activities.activity(a.id(), system);
				activities.move(a.id(), a.version(), ActivityStatus.HELD, system);
				jdbc.sql("update activities_activity set demo = true where id = ?").param(a.id()).update();
			}
			ActivitySummary open = activities.create(ActivityDetails.of("DIALOGUE", "لقاء حواري مع المجلس البلدي — "
					+ place + " (تجريبي)", g.code(), 40).titledInEnglish("Dialogue with the municipal council — "
							+ g.name().en() + " (demo)"), system);
			LocalDate next = today.plusDays(20 + random.nextInt(20));
			activities.addSession(open.id(), at(next, 16), at(next, 18), system);
			activities.move(open.id(), activities.activity(open.id(), system).version(), ActivityStatus.OPEN, system);
			jdbc.sql("update activities_activity set demo = true where id = ?").param(open.id()).update();
		}
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(Formats.ZONE).toInstant();
	}

	private static RegistrationForm person(Random random, String governorate, int n) {
		String name = FIRST[random.nextInt(FIRST.length)] + " " + FIRST[random.nextInt(FIRST.length)] + " "
				+ FAMILY[random.nextInt(FAMILY.length)];
		List<String> ages = ActivityFigures.AGE_GROUPS;
		return new RegistrationForm(name, String.format("0599%06d", 1000 + n), null, random.nextBoolean() ? "F" : "M",
				ages.get(random.nextInt(ages.size())), governorate, null, true);
	}
}
