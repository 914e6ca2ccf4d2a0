package ps.rasd.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/** Activities from registration to certificate, on H2 (and on PostgreSQL in {@link PostgresActivitiesTests}). */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ActivitiesTests {

	static final Locale AR = Locale.forLanguageTag("ar");

	@Autowired
	ActivitiesManagement activities;

	@Autowired
	Registrations registrations;

	@Autowired
	Certificates certificates;

	@Autowired
	ActivityFigures figures;

	@Autowired
	NetworkManagement network;

	@Autowired
	JdbcClient jdbc;

	final RasdPrincipal hebron = Principals.coordinator(301, "50");

	final RasdPrincipal bethlehem = Principals.coordinator(302, "45");

	final Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	ActivitySummary openActivity(int capacity, int sessions) {
		ActivitySummary a = activities.create(ActivityDetails.of("WORKSHOP", "ورشة الحق في المعلومات", "50", capacity)
			.forGroup("طلبة الجامعات").forCampaign("RTI"), hebron);
		for (int i = 0; i < sessions; i++) {
			Instant day = start.plus(i, ChronoUnit.DAYS);
			activities.addSession(a.id(), day, day.plus(3, ChronoUnit.HOURS), hebron);
		}
		return activities.move(a.id(), activities.activity(a.id(), hebron).version(), ActivityStatus.OPEN, hebron);
	}

	static RegistrationForm form(String name, String phone, String email, String sex, String age) {
		return new RegistrationForm(name, phone, email, sex, age, "50", null, true);
	}

	RegistrationSummary register(ActivitySummary a, String name, String phone, String email) {
		return registrations.register(a.id(), form(name, phone, email, "F", "18-24"), AR).registration();
	}

	ActivitySummary held(ActivitySummary a) {
		ActivitySummary now = activities.activity(a.id(), hebron);
		return activities.move(a.id(), now.version(), ActivityStatus.HELD, hebron);
	}

	@Test
	void beyondTheCapacityARegistrationWaitsAndTakesTheSeatOfOneWhoCancels() {
		ActivitySummary a = openActivity(2, 1);
		RegistrationSummary first = register(a, "ليلى الخطيب", "0599100001", "laila@example.org");
		register(a, "سارة عودة", "0599100002", null);
		RegistrationSummary third = register(a, "رهف حماد", "0599100003", "rahaf@example.org");
		assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(third.status()).isEqualTo(RegistrationStatus.WAITING);

		registrations.cancel(first.token());

		assertThat(registrations.byToken(third.token()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registrations.byToken(first.token()).status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(jdbc.sql("select count(*) from notifications_outbox where recipient = 'rahaf@example.org' and "
				+ "subject like ?").param("%" + "فرغ مقعد" + "%").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void registeringTwiceGivesBackTheFirstRegistrationWhateverTheSpelling() {
		ActivitySummary a = openActivity(10, 1);
		Registered once = registrations.register(a.id(), form("أحمد محمود الخطيب", "0599 200 001", null, "M", "25-29"), AR);
		Registered twice = registrations.register(a.id(), form("احمد محمود الخطيب", "+970599200001", null, "M", "25-29"), AR);
		assertThat(twice.fresh()).isFalse();
		assertThat(twice.registration().id()).isEqualTo(once.registration().id());
		assertThat(activities.activity(a.id(), hebron).confirmed()).isEqualTo(1);
	}

	@Test
	void aRegistrantIsMatchedToTheExistingPersonOfTheNetworkByNameAndPhone() {
		var known = network.create(PersonDetails.named("فاطمة علي الجعبري", "50").withContacts("0599300001", null),
				hebron);
		ActivitySummary a = openActivity(10, 1);
		RegistrationSummary r = register(a, "فاطمه علي الجعبري", "0599300001", null);
		RegistrationSummary stranger = register(a, "منى صالح", "0599300001", null);
		long person = jdbc.sql("select person_id from activities_registration where id = ?").param(r.id())
			.query(Long.class).single();
		long other = jdbc.sql("select person_id from activities_registration where id = ?").param(stranger.id())
			.query(Long.class).single();
		assertThat(person).isEqualTo(known.id().value());
		assertThat(other).as("the same phone with another name is another person").isNotEqualTo(known.id().value());
	}

	@Test
	void theConfirmationMailCarriesTheInvitationAndTheQrCode() {
		ActivitySummary a = openActivity(10, 2);
		RegistrationSummary r = register(a, "نور داود", "0599400001", "nour@example.org");
		String attachments = jdbc.sql("select attachments from notifications_outbox where recipient = 'nour@example.org'")
			.query(String.class).single();
		assertThat(attachments).contains("invitation.ics\ttext/calendar", "code-" + r.code() + ".png\timage/png");
		String ics = new String(java.util.Base64.getDecoder().decode(attachments.lines().findFirst().orElseThrow()
			.split("\t")[2]), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:").containsOnlyOnce("END:VCALENDAR");
		assertThat(ics.split("BEGIN:VEVENT")).hasSize(3);
	}

	@Test
	void aRegistrationWithoutConsentOrContactKeepsNothing() {
		ActivitySummary a = openActivity(10, 1);
		assertThatThrownBy(() -> registrations.register(a.id(), new RegistrationForm("سامر", null, null, null, null, "50",
				null, false), AR))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.extracting(f -> f.field()).contains("email", "consent"));
		assertThat(activities.activity(a.id(), hebron).confirmed()).isZero();
	}

	@Test
	void registrationIsRefusedUnlessTheActivityIsOpen() {
		ActivitySummary a = activities.create(ActivityDetails.of("WORKSHOP", "ورشة", "50", 10), hebron);
		assertThatThrownBy(() -> register(a, "ليث", "0599500001", null)).isInstanceOf(ps.rasd.shared.NotFoundException.class);
		ActivitySummary open = openActivity(10, 1);
		held(open);
		assertThatThrownBy(() -> register(open, "ليث", "0599500001", null)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "activities.registration.closed");
	}

	@Test
	void aCheckInScannedTwiceCountsOnce() {
		ActivitySummary a = openActivity(10, 1);
		RegistrationSummary r = register(a, "باسل منصور", "0599600001", null);
		long session = a.sessions().get(0).id();
		assertThat(activities.checkIn(a.id(), session, r.code(), hebron).outcome()).isEqualTo(CheckIn.Outcome.CHECKED_IN);
		assertThat(activities.checkIn(a.id(), session, r.code().toLowerCase(), hebron).outcome())
			.isEqualTo(CheckIn.Outcome.ALREADY);
		assertThat(activities.checkIn(a.id(), session, "ZZZZZZZZ", hebron).outcome()).isEqualTo(CheckIn.Outcome.UNKNOWN);
		assertThat(jdbc.sql("select count(*) from activities_attendance where registration_id = ?").param(r.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(activities.activity(a.id(), hebron).attended()).isEqualTo(1);
	}

	@Test
	void aCancelledRegistrationIsNotCheckedInAndAWalkInIsAdded() {
		ActivitySummary a = openActivity(10, 1);
		RegistrationSummary r = register(a, "هبة حسن", "0599700001", null);
		registrations.cancel(r.token());
		long session = a.sessions().get(0).id();
		assertThat(activities.checkIn(a.id(), session, r.code(), hebron).outcome()).isEqualTo(CheckIn.Outcome.NOT_VALID);
		CheckIn walkIn = activities.walkIn(a.id(), session, form("معتز صالح", "0599700002", null, "M", "18-24"), hebron);
		assertThat(walkIn.outcome()).isEqualTo(CheckIn.Outcome.CHECKED_IN);
		assertThat(activities.attendees(a.id(), null, hebron)).anyMatch(x -> x.walkIn() && x.name().equals("معتز صالح"));
	}

	@Test
	void onlyAdministratorsAndTheGovernoratesCoordinatorsReadTheAttendees() {
		ActivitySummary a = openActivity(10, 1);
		register(a, "دعاء البرغوثي", "0599800001", null);
		assertThat(activities.attendees(a.id(), null, hebron)).hasSize(1);
		assertThat(activities.attendees(a.id(), null, Principals.admin())).hasSize(1);
		assertThatThrownBy(() -> activities.attendees(a.id(), null, bethlehem)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> activities.attendees(a.id(), null, Principals.analyst()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> activities.checkIn(a.id(), a.sessions().get(0).id(), "X", bethlehem))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> activities.update(a.id(), a.version(), a.details(), bethlehem))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void certificatesGoToThoseWhoMetTheAttendanceRuleAndVerifyByTheirCode() {
		ActivitySummary a = openActivity(10, 2);
		RegistrationSummary both = register(a, "يوسف الشريف", "0599900001", "yousef@example.org");
		RegistrationSummary one = register(a, "عمر أبو زيد", "0599900002", null);
		activities.checkIn(a.id(), a.sessions().get(0).id(), both.code(), hebron);
		activities.checkIn(a.id(), a.sessions().get(1).id(), both.code(), hebron);
		activities.checkIn(a.id(), a.sessions().get(0).id(), one.code(), hebron);
		assertThatThrownBy(() -> certificates.issue(a.id(), hebron)).isInstanceOf(DomainException.class);
		held(a);

		assertThat(certificates.issue(a.id(), hebron)).isEqualTo(1);
		assertThat(certificates.issue(a.id(), hebron)).as("issued once").isZero();

		String code = registrations.byToken(both.token()).certificateCode();
		assertThat(registrations.byToken(one.token()).certificateCode()).isNull();
		CertificateCheck check = certificates.verify(code, "Yousef Al-Sharif");
		assertThat(check.valid()).isTrue();
		assertThat(check.hours()).isEqualTo(6.0);
		assertThat(check.nameMatches()).isTrue();
		assertThat(certificates.verify(code, "عمر أبو زيد").nameMatches()).isFalse();
		assertThat(certificates.verify("ABCDEFGHJKMN", null).valid()).isFalse();
		assertThat(certificates.verify("<script>", null).valid()).isFalse();
		assertThat(certificates.pdfOf(both.token())).startsWith("%PDF".getBytes());
		assertThat(jdbc.sql("select count(*) from notifications_outbox where recipient = 'yousef@example.org' and "
				+ "kind = 'activities.certificate'").query(Long.class).single()).isEqualTo(1);

		certificates.revoke(a.id(), code, hebron);
		assertThat(certificates.verify(code, null).valid()).isFalse();
	}

	@Test
	void anExpiredCertificateIsNotValid() {
		ActivitySummary a = openActivity(10, 1);
		RegistrationSummary r = register(a, "رزان منصور", "0599900101", null);
		activities.checkIn(a.id(), a.sessions().get(0).id(), r.code(), hebron);
		held(a);
		certificates.issue(a.id(), hebron);
		String code = registrations.byToken(r.token()).certificateCode();
		jdbc.sql("update activities_certificate set expires_at = ? where code = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), code).update();
		assertThat(certificates.verify(code, null)).isEqualTo(CertificateCheck.NOT_VALID);
	}

	@Test
	void aPersonIsReachedOnceHoweverManyActivitiesTheyAttended() {
		FigureFilter filter = new FigureFilter(null, null, "50", null, "RTI");
		Figures before = figures.figures(filter, Principals.admin());
		ActivitySummary first = openActivity(10, 1);
		ActivitySummary second = openActivity(10, 1);
		RegistrationSummary a1 = register(first, "ليلى عودة", "0599110001", null);
		RegistrationSummary a2 = register(second, "ليلى عوده", "0599110001", null);
		RegistrationSummary b = registrations.register(second.id(), form("خالد حماد", "0599110002", null, "M", "30-39"), AR)
			.registration();
		register(second, "آية صالح", "0599110003", null);
		activities.checkIn(first.id(), first.sessions().get(0).id(), a1.code(), hebron);
		activities.checkIn(second.id(), second.sessions().get(0).id(), a2.code(), hebron);
		activities.checkIn(second.id(), second.sessions().get(0).id(), b.code(), hebron);
		held(first);
		held(second);

		Figures after = figures.figures(filter, Principals.admin());
		assertThat(after.activities() - before.activities()).isEqualTo(2);
		assertThat(after.registrations() - before.registrations()).isEqualTo(4);
		assertThat(after.attendees() - before.attendees()).isEqualTo(3);
		assertThat(after.people().count() - before.people().count()).isEqualTo(2);
		assertThat(after.youth().count() - before.youth().count()).isEqualTo(1);
		assertThat(count(after.bySex(), "F") - count(before.bySex(), "F")).isEqualTo(1);
		assertThat(count(after.bySex(), "M") - count(before.bySex(), "M")).isEqualTo(1);

		Figures published = figures.publicFigures(filter);
		assertThat(published.people().hidden()).isEqualTo(after.people().count() < 5);
		assertThat(published.bySex()).allSatisfy(c -> assertThat(c.hidden() || c.count() == 0 || c.count() >= 5).isTrue());
		assertThat(figures.xlsx(filter, Principals.admin(), key -> key)).startsWith(new byte[] { 'P', 'K' });
	}

	static long count(java.util.List<Figures.Count> counts, String key) {
		return counts.stream().filter(c -> c.key().equals(key)).mapToLong(Figures.Count::count).sum();
	}

	@Test
	void badActivityInputIsRefusedFieldByField() {
		assertThatThrownBy(() -> activities.create(new ActivityDetails("NOPE", " ", null, null, null, "99", null, null,
				"javascript:alert(1)", null, "1;2", null, null, 0, null, 150), hebron))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields()).extracting(f -> f.field())
				.contains("kind", "titleAr", "governorateCode", "onlineLink", "capacity", "attendanceRule", "partnerIds"));
		assertThatThrownBy(() -> activities.create(ActivityDetails.of("WORKSHOP", "ورشة", "45", 10), hebron))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void statusMovesOnlyForward() {
		ActivitySummary a = activities.create(ActivityDetails.of("TRAINING", "دورة", "50", 10), hebron);
		assertThatThrownBy(() -> activities.move(a.id(), a.version(), ActivityStatus.OPEN, hebron))
			.hasFieldOrPropertyWithValue("code", "activities.status.no-session");
		assertThatThrownBy(() -> activities.move(a.id(), a.version(), ActivityStatus.REPORTED, hebron))
			.hasFieldOrPropertyWithValue("code", "activities.status.not-allowed");
		ActivitySummary cancelled = activities.move(a.id(), a.version(), ActivityStatus.CANCELLED, hebron);
		assertThat(cancelled.status().next()).isEmpty();
	}
}
