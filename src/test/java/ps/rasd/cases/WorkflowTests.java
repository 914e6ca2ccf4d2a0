package ps.rasd.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The state machine, exhaustively: every state × action × kind of actor (in and out of scope) is checked against the
 * table of DESIGN §3 written out here again, independently of {@link Workflow}'s own table.
 */
class WorkflowTests {

	private record Allowed(CaseStatus from, CaseAction action, CaseStatus to, Set<CaseActor> by) {
	}

	private static final Set<CaseActor> COORD = EnumSet.of(CaseActor.COORDINATOR);

	private static final Set<CaseActor> REPLY = EnumSet.of(CaseActor.COORDINATOR, CaseActor.AUTHORITY);

	private static final Set<CaseActor> CHECK = EnumSet.of(CaseActor.COORDINATOR, CaseActor.FOLLOW_UP_MONITOR);

	private static final Allowed[] TABLE = {
			new Allowed(CaseStatus.SUBMITTED, CaseAction.VERIFY, CaseStatus.VERIFIED, COORD),
			new Allowed(CaseStatus.SUBMITTED, CaseAction.REQUEST_INFO, CaseStatus.NEEDS_INFO, COORD),
			new Allowed(CaseStatus.SUBMITTED, CaseAction.REJECT, CaseStatus.REJECTED, COORD),
			new Allowed(CaseStatus.SUBMITTED, CaseAction.MARK_DUPLICATE, CaseStatus.DUPLICATE, COORD),
			new Allowed(CaseStatus.NEEDS_INFO, CaseAction.PROVIDE_INFO, CaseStatus.SUBMITTED,
					EnumSet.of(CaseActor.COORDINATOR, CaseActor.REPORTER)),
			new Allowed(CaseStatus.NEEDS_INFO, CaseAction.REJECT, CaseStatus.REJECTED, COORD),
			new Allowed(CaseStatus.NEEDS_INFO, CaseAction.MARK_DUPLICATE, CaseStatus.DUPLICATE, COORD),
			new Allowed(CaseStatus.VERIFIED, CaseAction.REFER, CaseStatus.REFERRED, COORD),
			new Allowed(CaseStatus.VERIFIED, CaseAction.MARK_DUPLICATE, CaseStatus.DUPLICATE, COORD),
			new Allowed(CaseStatus.VERIFIED, CaseAction.CLOSE_UNRESOLVED, CaseStatus.CLOSED_UNRESOLVED, COORD),
			new Allowed(CaseStatus.NOT_RESPONSIBLE, CaseAction.REFER, CaseStatus.REFERRED, COORD),
			new Allowed(CaseStatus.NOT_RESPONSIBLE, CaseAction.CLOSE_UNRESOLVED, CaseStatus.CLOSED_UNRESOLVED, COORD),
			new Allowed(CaseStatus.REOPENED, CaseAction.REFER, CaseStatus.REFERRED, COORD),
			new Allowed(CaseStatus.REOPENED, CaseAction.CLOSE_UNRESOLVED, CaseStatus.CLOSED_UNRESOLVED, COORD),
			new Allowed(CaseStatus.RESOLVED, CaseAction.CONFIRM_FIX, CaseStatus.CONFIRMED_FIXED, CHECK),
			new Allowed(CaseStatus.RESOLVED, CaseAction.REOPEN, CaseStatus.REOPENED, CHECK),
	};

	/** Replies, escalation and closing from the states that wait for the authority. */
	private static Map<CaseStatus, Map<CaseAction, CaseStatus>> awaiting() {
		Map<CaseStatus, Map<CaseAction, CaseStatus>> all = new HashMap<>();
		for (CaseStatus s : EnumSet.of(CaseStatus.REFERRED, CaseStatus.ESCALATED, CaseStatus.ACKNOWLEDGED,
				CaseStatus.IN_PROGRESS, CaseStatus.ACTION_SCHEDULED)) {
			Map<CaseAction, CaseStatus> m = new HashMap<>();
			if (s == CaseStatus.REFERRED || s == CaseStatus.ESCALATED) {
				m.put(CaseAction.REPLY_ACKNOWLEDGED, CaseStatus.ACKNOWLEDGED);
			}
			if (s != CaseStatus.IN_PROGRESS) {
				m.put(CaseAction.REPLY_IN_PROGRESS, CaseStatus.IN_PROGRESS);
			}
			m.put(CaseAction.REPLY_SCHEDULED, CaseStatus.ACTION_SCHEDULED);
			m.put(CaseAction.REPLY_RESOLVED, CaseStatus.RESOLVED);
			if (s == CaseStatus.REFERRED || s == CaseStatus.ESCALATED || s == CaseStatus.ACKNOWLEDGED) {
				m.put(CaseAction.REPLY_NOT_RESPONSIBLE, CaseStatus.NOT_RESPONSIBLE);
			}
			m.put(CaseAction.ESCALATE, CaseStatus.ESCALATED);
			m.put(CaseAction.CLOSE_UNRESOLVED, CaseStatus.CLOSED_UNRESOLVED);
			all.put(s, m);
		}
		return all;
	}

	private static Set<CaseActor> expectedActors(CaseStatus from, CaseAction action) {
		for (Allowed row : TABLE) {
			if (row.from() == from && row.action() == action) {
				return row.by();
			}
		}
		Map<CaseAction, CaseStatus> m = awaiting().get(from);
		if (m != null && m.containsKey(action)) {
			if (action.isReply()) {
				return REPLY;
			}
			return action == CaseAction.ESCALATE ? EnumSet.of(CaseActor.COORDINATOR, CaseActor.SYSTEM) : COORD;
		}
		return Set.of();
	}

	private static CaseStatus expectedTarget(CaseStatus from, CaseAction action) {
		for (Allowed row : TABLE) {
			if (row.from() == from && row.action() == action) {
				return row.to();
			}
		}
		Map<CaseAction, CaseStatus> m = awaiting().get(from);
		return m == null ? null : m.get(action);
	}

	@Test
	void everyStateActionAndActorIsAllowedExactlyAsDesigned() {
		int checked = 0;
		int allowed = 0;
		for (CaseStatus from : CaseStatus.values()) {
			for (CaseAction action : CaseAction.values()) {
				CaseStatus target = expectedTarget(from, action);
				assertThat(Workflow.target(from, action).orElse(null)).as("%s %s", from, action).isEqualTo(target);
				for (CaseActor actor : CaseActor.values()) {
					boolean expected = target != null && expectedActors(from, action).contains(actor);
					assertThat(Workflow.allows(from, action, actor)).as("%s %s by %s", from, action, actor)
						.isEqualTo(expected);
					checked++;
					allowed += expected ? 1 : 0;
				}
			}
		}
		assertThat(checked).isEqualTo(CaseStatus.values().length * CaseAction.values().length
				* CaseActor.values().length);
		assertThat(allowed).isGreaterThan(40);
	}

	@Test
	void aCoordinatorOfAnotherGovernorateReadersAndMonitorsCanDoNothing() {
		for (CaseStatus from : CaseStatus.values()) {
			assertThat(Workflow.actions(from, CaseActor.COORDINATOR_ELSEWHERE)).isEmpty();
			assertThat(Workflow.actions(from, CaseActor.READER)).isEmpty();
			assertThat(Workflow.actions(from, CaseActor.MONITOR)).isEmpty();
		}
	}

	@Test
	void closedStatesAreFinal() {
		for (CaseStatus closed : EnumSet.of(CaseStatus.CONFIRMED_FIXED, CaseStatus.REJECTED, CaseStatus.DUPLICATE,
				CaseStatus.CLOSED_UNRESOLVED)) {
			assertThat(closed.isOpen()).isFalse();
			for (CaseAction action : CaseAction.values()) {
				assertThat(Workflow.target(closed, action)).as("%s %s", closed, action).isEmpty();
			}
		}
	}

	@Test
	void everyOpenStateHasAWayOn() {
		for (CaseStatus open : CaseStatus.values()) {
			if (open.isOpen()) {
				boolean anyAction = EnumSet.allOf(CaseAction.class).stream()
					.anyMatch(a -> Workflow.target(open, a).isPresent());
				assertThat(anyAction).as("%s", open).isTrue();
			}
		}
	}
}
