package ps.rasd.cases;

import static ps.rasd.cases.CaseStatus.ACKNOWLEDGED;
import static ps.rasd.cases.CaseStatus.ACTION_SCHEDULED;
import static ps.rasd.cases.CaseStatus.CLOSED_UNRESOLVED;
import static ps.rasd.cases.CaseStatus.CONFIRMED_FIXED;
import static ps.rasd.cases.CaseStatus.DUPLICATE;
import static ps.rasd.cases.CaseStatus.ESCALATED;
import static ps.rasd.cases.CaseStatus.IN_PROGRESS;
import static ps.rasd.cases.CaseStatus.NEEDS_INFO;
import static ps.rasd.cases.CaseStatus.NOT_RESPONSIBLE;
import static ps.rasd.cases.CaseStatus.REFERRED;
import static ps.rasd.cases.CaseStatus.REJECTED;
import static ps.rasd.cases.CaseStatus.REOPENED;
import static ps.rasd.cases.CaseStatus.RESOLVED;
import static ps.rasd.cases.CaseStatus.SUBMITTED;
import static ps.rasd.cases.CaseStatus.VERIFIED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case workflow of DESIGN §3 as data: for each action, the states it may start from, the state it leads to and
 * who may take it. Scope (the governorate) is folded into the actor: a coordinator of another governorate is a
 * {@link CaseActor#COORDINATOR_ELSEWHERE} and may take no action.
 */
public final class Workflow {

	private record Rule(Set<CaseStatus> from, CaseStatus to, Set<CaseActor> by) {
	}

	private static final Set<CaseStatus> AWAITING = EnumSet.of(REFERRED, ESCALATED, ACKNOWLEDGED, IN_PROGRESS,
			ACTION_SCHEDULED);

	private static final Set<CaseActor> STAFF = EnumSet.of(CaseActor.COORDINATOR);

	private static final Set<CaseActor> REPLIERS = EnumSet.of(CaseActor.COORDINATOR, CaseActor.AUTHORITY);

	private static final Set<CaseActor> CHECKERS = EnumSet.of(CaseActor.COORDINATOR, CaseActor.FOLLOW_UP_MONITOR);

	private static final Map<CaseAction, Rule> RULES = new EnumMap<>(CaseAction.class);

	static {
		RULES.put(CaseAction.VERIFY, new Rule(EnumSet.of(SUBMITTED), VERIFIED, STAFF));
		RULES.put(CaseAction.REQUEST_INFO, new Rule(EnumSet.of(SUBMITTED), NEEDS_INFO, STAFF));
		RULES.put(CaseAction.PROVIDE_INFO,
				new Rule(EnumSet.of(NEEDS_INFO), SUBMITTED, EnumSet.of(CaseActor.COORDINATOR, CaseActor.REPORTER)));
		RULES.put(CaseAction.REJECT, new Rule(EnumSet.of(SUBMITTED, NEEDS_INFO), REJECTED, STAFF));
		RULES.put(CaseAction.MARK_DUPLICATE, new Rule(EnumSet.of(SUBMITTED, NEEDS_INFO, VERIFIED), DUPLICATE, STAFF));
		RULES.put(CaseAction.REFER, new Rule(EnumSet.of(VERIFIED, NOT_RESPONSIBLE, REOPENED), REFERRED, STAFF));
		RULES.put(CaseAction.REPLY_ACKNOWLEDGED, new Rule(EnumSet.of(REFERRED, ESCALATED), ACKNOWLEDGED, REPLIERS));
		RULES.put(CaseAction.REPLY_IN_PROGRESS,
				new Rule(EnumSet.of(REFERRED, ESCALATED, ACKNOWLEDGED, ACTION_SCHEDULED), IN_PROGRESS, REPLIERS));
		RULES.put(CaseAction.REPLY_SCHEDULED, new Rule(AWAITING, ACTION_SCHEDULED, REPLIERS));
		RULES.put(CaseAction.REPLY_RESOLVED, new Rule(AWAITING, RESOLVED, REPLIERS));
		RULES.put(CaseAction.REPLY_NOT_RESPONSIBLE,
				new Rule(EnumSet.of(REFERRED, ESCALATED, ACKNOWLEDGED), NOT_RESPONSIBLE, REPLIERS));
		RULES.put(CaseAction.ESCALATE,
				new Rule(AWAITING, ESCALATED, EnumSet.of(CaseActor.COORDINATOR, CaseActor.SYSTEM)));
		RULES.put(CaseAction.CONFIRM_FIX, new Rule(EnumSet.of(RESOLVED), CONFIRMED_FIXED, CHECKERS));
		RULES.put(CaseAction.REOPEN, new Rule(EnumSet.of(RESOLVED), REOPENED, CHECKERS));
		RULES.put(CaseAction.CLOSE_UNRESOLVED, new Rule(EnumSet.of(VERIFIED, REFERRED, ESCALATED, ACKNOWLEDGED,
				IN_PROGRESS, ACTION_SCHEDULED, NOT_RESPONSIBLE, REOPENED), CLOSED_UNRESOLVED, STAFF));
	}

	private Workflow() {
	}

	/** The state the action leads to from this state, if the action may start from it at all. */
	public static Optional<CaseStatus> target(CaseStatus from, CaseAction action) {
		Rule rule = RULES.get(action);
		return rule.from().contains(from) ? Optional.of(rule.to()) : Optional.empty();
	}

	/** Whether this actor may take the action on a case in this state. */
	public static boolean allows(CaseStatus from, CaseAction action, CaseActor actor) {
		Rule rule = RULES.get(action);
		return rule.from().contains(from) && rule.by().contains(actor);
	}

	/** The actions this actor may take on a case in this state, in declaration order. */
	public static List<CaseAction> actions(CaseStatus from, CaseActor actor) {
		return EnumSet.allOf(CaseAction.class).stream().filter(a -> allows(from, a, actor)).toList();
	}
}
