package ps.rasd.freedoms.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ps.rasd.freedoms.ActInput;
import ps.rasd.freedoms.AgeGroup;
import ps.rasd.freedoms.Confidence;
import ps.rasd.freedoms.EventAction;
import ps.rasd.freedoms.EventDetails;
import ps.rasd.freedoms.EventSummary;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.freedoms.InitialReport;
import ps.rasd.freedoms.InterventionInput;
import ps.rasd.freedoms.InterventionKind;
import ps.rasd.freedoms.Reliability;
import ps.rasd.freedoms.Risk;
import ps.rasd.freedoms.SealedIdentity;
import ps.rasd.freedoms.Sex;
import ps.rasd.freedoms.SourceInput;
import ps.rasd.freedoms.VictimInput;
import ps.rasd.freedoms.VictimKind;
import ps.rasd.freedoms.domain.EventRepository;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.DemoSeed;

/**
 * Fictional events (every title says so) in Hebron and Bethlehem in every state: initial reports from the public,
 * events being verified, verified and published ones (enough for the public figures to show cells), a locked one.
 * Names are invented and marked as such.
 */
class DemoEvents implements DemoSeed {

	private static final String HEBRON = "50";

	private static final String BETHLEHEM = "45";

	private static final RasdPrincipal DOCUMENTER = new RasdPrincipal() {

		@Override
		public long accountId() {
			return 0;
		}

		@Override
		public String username() {
			return "demo-documenter";
		}

		@Override
		public String displayName() {
			return "demo-documenter";
		}

		@Override
		public Set<String> roleNames() {
			return Set.of("DOCUMENTER");
		}

		@Override
		public Set<String> governorateCodes() {
			return Set.of(HEBRON, BETHLEHEM);
		}

		@Override
		public boolean mustChangePassword() {
			return false;
		}
	};

	private record Story(String type, String act, String profession, Sex sex, String perpetrator, String title,
			String place, double lat, double lon) {
	}

	private static final List<Story> STORIES = List.of(
			new Story("ARREST_OVER_OPINION", "ARREST", "STUDENT", Sex.MALE, "SECURITY_AGENCY",
					"اعتقال طالب جامعي بسبب منشور (واقعة تجريبية)", "الخليل", 31.5326, 35.0998),
			new Story("ASSAULT_ON_JOURNALIST", "ASSAULT", "JOURNALIST", Sex.FEMALE, "POLICE",
					"الاعتداء على صحفية أثناء التغطية (واقعة تجريبية)", "بيت لحم", 31.7054, 35.2024),
			new Story("ASSEMBLY_BANNED", "DISPERSAL", "ACTIVIST", Sex.MALE, "POLICE",
					"تفريق وقفة سلمية أمام مبنى عام (واقعة تجريبية)", "دورا", 31.5076, 34.9966),
			new Story("ARREST_OVER_OPINION", "SUMMONS", "ACTIVIST", Sex.FEMALE, "SECURITY_AGENCY",
					"استدعاء ناشطة للتحقيق بسبب رأي (واقعة تجريبية)", "بيت جالا", 31.7150, 35.1870),
			new Story("CAMPUS_RESTRICTION", "DISMISSAL", "STUDENT", Sex.FEMALE, "UNIVERSITY_ADMINISTRATION",
					"فصل طالبة بسبب نشاط نقابي (واقعة تجريبية)", "الخليل", 31.5400, 35.0900),
			new Story("TRAVEL_BAN", "TRAVEL_BAN", "LAWYER", Sex.MALE, "CIVIL_AUTHORITY",
					"منع محامٍ من السفر (واقعة تجريبية)", "يطا", 31.4460, 35.0940),
			new Story("CENSORSHIP", "BLOCKING", "JOURNALIST", Sex.MALE, "CIVIL_AUTHORITY",
					"حجب موقع إخباري محلي (واقعة تجريبية)", "بيت ساحور", 31.7000, 35.2260),
			new Story("ARREST_OVER_OPINION", "ARREST", "JOURNALIST", Sex.MALE, "SECURITY_AGENCY",
					"اعتقال صحفي بعد تقرير (واقعة تجريبية)", "حلحول", 31.5800, 35.1000),
			new Story("ASSAULT_ON_JOURNALIST", "EQUIPMENT_SEIZED", "JOURNALIST", Sex.FEMALE, "UNKNOWN",
					"مصادرة كاميرا مصوّرة صحفية (واقعة تجريبية)", "الخليل", 31.5250, 35.1050),
			new Story("ASSEMBLY_BANNED", "DISPERSAL", "STUDENT", Sex.MALE, "POLICE",
					"منع مسيرة طلابية (واقعة تجريبية)", "بيت لحم", 31.7100, 35.2000),
			new Story("POLITICAL_SERVICE_DENIAL", "SERVICE_DENIAL", "HRD", Sex.FEMALE, "CIVIL_AUTHORITY",
					"حرمان مدافعة عن حقوق الإنسان من شهادة حسن سلوك (واقعة تجريبية)", "الخليل", 31.5300, 35.0950),
			new Story("ARREST_OVER_OPINION", "DETENTION", "STUDENT", Sex.MALE, "SECURITY_AGENCY",
					"احتجاز طالب بعد مشاركة في نقاش (واقعة تجريبية)", "الخليل", 31.5350, 35.1010));

	private final FreedomsManagement freedoms;

	private final FreedomsPublication publication;

	private final EventRepository events;

	DemoEvents(FreedomsManagement freedoms, FreedomsPublication publication, EventRepository events) {
		this.freedoms = freedoms;
		this.publication = publication;
		this.events = events;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void seed() {
		if (events.count() > 0) {
			return;
		}
		LocalDate day = LocalDate.of(2026, 6, 3);
		for (int i = 0; i < STORIES.size(); i++) {
			Story story = STORIES.get(i);
			String governorate = story.place().startsWith("بيت") ? BETHLEHEM : HEBRON;
			document(story, governorate, day.plusDays(13L * i), i);
		}
		freedoms.report(new InitialReport("بلاغ عن منع ندوة في مركز ثقافي (بلاغ تجريبي)",
				"أبلغ مواطن أن ندوة عن حرية التعبير أُلغيت بأمر شفهي. (نص تجريبي)", "ASSEMBLY_BANNED",
				LocalDate.of(2026, 11, 20), null, HEBRON, "الخليل", SealedIdentity.NONE), null);
		freedoms.report(new InitialReport("بلاغ عن استدعاء مدوّن (بلاغ تجريبي)",
				"استُدعي مدوّن بسبب تعليق. (نص تجريبي)", "ARREST_OVER_OPINION", LocalDate.of(2026, 11, 25), null,
				BETHLEHEM, "بيت لحم", new SealedIdentity("اسم تجريبي للمبلّغ", null, "0590000000", null)), null);
	}

	private void document(Story story, String governorate, LocalDate on, int i) {
		EventSummary event = freedoms.record(new EventDetails(story.title(), story.title()
				+ ". الضحية: اسم تجريبي " + (i + 1) + ". (نص تجريبي لأغراض العرض)", story.type(),
				Set.of(i % 2 == 0 ? "EXPRESSION" : "ASSEMBLY", "LIBERTY"), on, null, governorate, story.place(),
				story.lat(), story.lon(), Confidence.HIGH, Risk.MEDIUM, null), DOCUMENTER);
		String ref = event.reference();
		freedoms.act(ref, event.version(), EventAction.START_VERIFICATION, DOCUMENTER);
		if (i == STORIES.size() - 1) {
			return;
		}
		freedoms.addVictim(ref, new VictimInput(VictimKind.PERSON, null, story.sex(), AgeGroup.YOUTH,
				story.profession(), governorate, new SealedIdentity("اسم تجريبي " + (i + 1), null, null, null)),
				DOCUMENTER);
		long victim = freedoms.event(ref, DOCUMENTER).victims().get(0).id();
		freedoms.addAct(ref, new ActInput(story.act(), on, Set.of(victim), Set.of(story.perpetrator())), DOCUMENTER);
		freedoms.addSource(ref, new SourceInput(i % 3 == 0 ? "DIRECT_TESTIMONY" : "WITNESS", Reliability.HIGH,
				on.plusDays(1), true, false, true, new SealedIdentity("مصدر تجريبي " + (i + 1), null, null, null)),
				DOCUMENTER);
		if (i % 4 == 1) {
			freedoms.addIntervention(ref, new InterventionInput(InterventionKind.LEGAL_AID_REFERRAL,
					"مؤسسة مساعدة قانونية (تجريبي)", on.plusDays(3), null, null), DOCUMENTER);
		}
		EventSummary verified = freedoms.act(ref, freedoms.event(ref, DOCUMENTER).summary().version(),
				EventAction.VERIFY, DOCUMENTER);
		if (i == 10) {
			freedoms.lockPublication(ref, DOCUMENTER);
			return;
		}
		publication.publish(ref, verified.version(), Tier.PUBLIC, story.title(),
				story.title() + ". وثّق الفريق الواقعة من مصادر مباشرة. (نص تجريبي)", null, DOCUMENTER);
	}
}
