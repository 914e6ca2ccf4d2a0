package ps.rasd.cases.domain;

import java.time.Duration;
import java.time.Instant;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseActor;
import ps.rasd.cases.CaseSource;

/**
 * Cases at each point of their life, reached through the aggregate's own methods (never by setting fields): a case
 * filed at {@link #FILED}, each step a day after the one before.
 */
public final class CaseFixtures {

	/** When the fixtures' cases were filed. */
	public static final Instant FILED = Instant.parse("2026-11-02T08:00:00Z");

	/** The unit cases are referred to. */
	public static final long UNIT = 7;

	/** The coordinator who acts. */
	public static final long COORDINATOR = 3;

	/** The referral's reply is due this long after the referral. */
	public static final Duration DEADLINE = Duration.ofDays(14);

	private CaseFixtures() {
	}

	/** The instant {@code days} after filing. */
	public static Instant day(int days) {
		return FILED.plus(Duration.ofDays(days));
	}

	/** A complaint just filed by the public. */
	public static CaseFile submittedCase() {
		return new CaseFile("RSD-2026-000001", new CaseDraft("انقطاع المياه عن العيادة", "منذ أسبوع لا ماء", "PS-HBN",
				null, null, "health", 31.53, 35.09, null, null), CaseSource.PUBLIC, null, "key", "hash", null, FILED);
	}

	/** A case verified by its coordinator. */
	public static CaseFile verifiedCase() {
		CaseFile file = submittedCase();
		staff(file, CaseAction.VERIFY, Change.notes("checked by phone", null), day(1));
		return file;
	}

	/** A case waiting for the reporter's information. */
	public static CaseFile caseNeedingInfo() {
		CaseFile file = submittedCase();
		staff(file, CaseAction.REQUEST_INFO, Change.notes(null, "which clinic?"), day(1));
		return file;
	}

	/** A case referred to {@link #UNIT}, its reply due {@link #DEADLINE} later. */
	public static CaseFile referredCase() {
		CaseFile file = verifiedCase();
		referTo(file, UNIT, day(2));
		return file;
	}

	/** A referral past its due date, found so by the deadline check. */
	public static CaseFile overdueReferral() {
		CaseFile file = referredCase();
		file.markOverdue(day(2).plus(DEADLINE).plus(Duration.ofHours(1)));
		return file;
	}

	/** A case the authority acknowledged. */
	public static CaseFile acknowledgedCase() {
		CaseFile file = referredCase();
		authority(file, CaseAction.REPLY_ACKNOWLEDGED, Change.reply("we know", null, null), day(3));
		return file;
	}

	/** A case the authority says is fixed, waiting for a monitor's check. */
	public static CaseFile resolvedCase() {
		CaseFile file = referredCase();
		authority(file, CaseAction.REPLY_RESOLVED, Change.reply("fixed", null, null), day(4));
		return file;
	}

	/** A case a monitor found fixed. */
	public static CaseFile confirmedFixedCase() {
		CaseFile file = resolvedCase();
		staff(file, CaseAction.CONFIRM_FIX, Change.notes(null, "checked on site"), day(6));
		return file;
	}

	/** A case closed without a fix by the coordinator's decision. */
	public static CaseFile closedUnresolvedCase() {
		CaseFile file = referredCase();
		staff(file, CaseAction.CLOSE_UNRESOLVED, Change.notes(null, "no body takes it"), day(30));
		return file;
	}

	/** Refers (or re-refers) the case to a unit at an instant. */
	public static void referTo(CaseFile file, long unit, Instant at) {
		file.apply(CaseAction.REFER, file.getVersion(), CaseActor.COORDINATOR, COORDINATOR,
				Change.referral(unit, at.plus(DEADLINE), 1, null, "referred"), at);
	}

	static void staff(CaseFile file, CaseAction action, Change change, Instant at) {
		file.apply(action, file.getVersion(), CaseActor.COORDINATOR, COORDINATOR, change, at);
	}

	static void authority(CaseFile file, CaseAction action, Change change, Instant at) {
		file.apply(action, file.getVersion(), CaseActor.AUTHORITY, null, change, at);
	}
}
