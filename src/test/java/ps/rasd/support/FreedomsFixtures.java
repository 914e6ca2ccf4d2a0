package ps.rasd.support;

import java.time.LocalDate;
import java.util.Set;

import ps.rasd.freedoms.ActInput;
import ps.rasd.freedoms.AgeGroup;
import ps.rasd.freedoms.Confidence;
import ps.rasd.freedoms.EventAction;
import ps.rasd.freedoms.EventDetails;
import ps.rasd.freedoms.EventSummary;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.InitialReport;
import ps.rasd.freedoms.Reliability;
import ps.rasd.freedoms.Risk;
import ps.rasd.freedoms.SealedIdentity;
import ps.rasd.freedoms.Sex;
import ps.rasd.freedoms.SourceInput;
import ps.rasd.freedoms.VictimInput;
import ps.rasd.freedoms.VictimKind;
import ps.rasd.shared.RasdPrincipal;

/** Events in every state of documentation, driven through the facade as a documenter would. */
public final class FreedomsFixtures {

	public static final String HEBRON = "50";

	public static final String BETHLEHEM = "45";

	private FreedomsFixtures() {
	}

	public static EventDetails hebronArrest() {
		return new EventDetails("اعتقال طالب بسبب منشور", "اعتُقل طالب من الخليل بعد منشور ينتقد البلدية.",
				"ARREST_OVER_OPINION", Set.of("EXPRESSION"), LocalDate.of(2026, 10, 3), null, HEBRON,
				"الخليل - وسط البلد", 31.5326, 35.0998, Confidence.HIGH, Risk.MEDIUM, null);
	}

	/** The same arrest, of another type and day, in a governorate. */
	public static EventDetails eventOn(String type, LocalDate day, String governorate) {
		return new EventDetails("واقعة", "نص", type, Set.of("EXPRESSION"), day, null, governorate, "مكان", null, null,
				Confidence.MEDIUM, Risk.LOW, null);
	}

	public static InitialReport publicReport() {
		return new InitialReport("منع وقفة سلمية", "فرّقت الشرطة وقفة سلمية أمام المحكمة.", "ASSEMBLY_BANNED",
				LocalDate.of(2026, 11, 1), null, HEBRON, "الخليل", new SealedIdentity("مبلّغ", null, "0599000001", null));
	}

	public static VictimInput journalist(String name) {
		return new VictimInput(VictimKind.PERSON, null, Sex.FEMALE, AgeGroup.YOUTH, "JOURNALIST", HEBRON,
				new SealedIdentity(name, "901234567", "0599111222", "حي الشيخ"));
	}

	public static SourceInput consentingWitness(String name) {
		return new SourceInput("WITNESS", Reliability.HIGH, LocalDate.of(2026, 10, 4), true, true, true,
				new SealedIdentity(name, null, "0599333444", null));
	}

	/** A recorded event taken into verification, with a victim, an act and a consenting source, verified. */
	public static EventSummary verifiedEvent(FreedomsManagement freedoms, RasdPrincipal documenter, String victim,
			String source) {
		return verifiedEvent(freedoms, documenter, hebronArrest(), journalist(victim), consentingWitness(source));
	}

	/** An event with these facts, one victim, one act and the source, verified. */
	public static EventSummary verifiedEvent(FreedomsManagement freedoms, RasdPrincipal documenter,
			EventDetails details, VictimInput victim, SourceInput source) {
		EventSummary recorded = freedoms.record(details, documenter);
		String ref = recorded.reference();
		freedoms.act(ref, recorded.version(), EventAction.START_VERIFICATION, documenter);
		freedoms.addVictim(ref, victim, documenter);
		long victimId = freedoms.event(ref, documenter).victims().get(0).id();
		freedoms.addAct(ref, new ActInput("ARREST", LocalDate.of(2026, 10, 3), Set.of(victimId),
				Set.of("SECURITY_AGENCY")), documenter);
		EventSummary withSource = freedoms.addSource(ref, source, documenter);
		return freedoms.act(ref, withSource.version(), EventAction.VERIFY, documenter);
	}
}
