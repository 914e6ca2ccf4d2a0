package ps.rasd.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseEvents.CaseMoved;
import ps.rasd.cases.CaseEvents.DeadlineNear;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.cases.internal.CaseTransitions;
import ps.rasd.cases.internal.ReferralLinks;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * The workflow of {@link Workflow} with role and governorate scope: the actions open to a person on a case, taking
 * one (referral with a signed reply link, a reply entered by staff, a follow-up check's outcome, …), the routing
 * rules' suggested unit, the reply links of the referral letter and mail, and the deadlines (overdue referrals and
 * reminders). Publishes {@link CaseMoved}, {@link DeadlineNear} and {@link SearchableChanged} (through the
 * {@link CaseFile} aggregate).
 */
@Service
@Transactional
public class CaseWorkflow {

	private static final Set<CaseStatus> UNANSWERED = EnumSet.copyOf(
			EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::unanswered).toList());

	private final CaseFileRepository cases;

	private final FollowUpRepository followUps;

	private final CaseAccess access;

	private final CaseTransitions transitions;

	private final ReferralLinks links;

	private final CasesProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	CaseWorkflow(CaseFileRepository cases, FollowUpRepository followUps, CaseAccess access,
			CaseTransitions transitions, ReferralLinks links, CasesProperties properties, AuditTrail audit,
			Clock clock) {
		this.cases = cases;
		this.followUps = followUps;
		this.access = access;
		this.transitions = transitions;
		this.links = links;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Takes an action on a case, as this person, against the version they saw.
	 * @throws ForbiddenException when the person may not take it (role or governorate)
	 * @throws ConflictException {@code cases.case.stale} when someone else changed the case since it was read,
	 *         {@code cases.transition.invalid} when the action cannot start from the case's state
	 */
	public CaseSummary act(String reference, CaseAction action, long version, ActionInput input,
			RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		CaseActor as = access.actorOf(file, actor);
		if (Workflow.target(file.getStatus(), action).isPresent() && !Workflow.allows(file.getStatus(), action, as)) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (Workflow.target(file.getStatus(), action).isEmpty() && !mayAct(as)) {
			throw new ForbiddenException("cases.forbidden");
		}
		if (action.isReply()) {
			return transitions.recordReply(file, action, version, input, as, actor.accountId(), "STAFF");
		}
		if (action == CaseAction.CONFIRM_FIX || action == CaseAction.REOPEN) {
			followUps.findFirstByCaseIdAndDoneAtIsNull(file.getId()).ifPresent(f -> f.done(
					action == CaseAction.CONFIRM_FIX ? CaseStatus.CONFIRMED_FIXED.name() : CaseStatus.REOPENED.name(),
					blank(input.internalNote()), clock.instant()));
		}
		return transitions.transition(file, action, version, input, as, actor.accountId());
	}

	/** What this person may do on the case now (escalation only once the referral is overdue). */
	@Transactional(readOnly = true)
	public List<CaseAction> actions(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		CaseActor as = access.actorOf(file, actor);
		Instant now = clock.instant();
		return Workflow.actions(file.getStatus(), as).stream()
			.filter(a -> a != CaseAction.ESCALATE || file.isOverdue(now))
			.toList();
	}

	/** The workflow's name for this person on this case. */
	@Transactional(readOnly = true)
	public CaseActor actorOf(String reference, RasdPrincipal actor) {
		return access.actorOf(cases.byReference(reference), actor);
	}

	/** The unit the routing rules suggest for this case. */
	@Transactional(readOnly = true)
	public Optional<AuthoritySummary> suggestedAuthority(CaseSummary summary) {
		return transitions.suggestedAuthority(summary);
	}

	/** The token of a reply link (for the referral mail and letter). */
	@Transactional(readOnly = true)
	public String replyToken(long linkId) {
		return links.token(linkId);
	}

	/** The reply token of the case's current referral, if a link is still open (for the letter page). */
	@Transactional(readOnly = true)
	public Optional<String> currentReplyToken(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireManages(file, actor);
		return links.currentToken(file.getId());
	}

	/** The short code of the case's current reply link, to print on the letter beside its QR code. */
	@Transactional(readOnly = true)
	public Optional<String> currentReplyShortCode(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireManages(file, actor);
		return links.currentShortCode(file.getId());
	}

	/**
	 * The token of the reply link a short code (typed from a paper letter) names; a code that does not hold throws
	 * {@code cases.link.invalid}.
	 */
	@Transactional(readOnly = true)
	public String replyTokenOfShortCode(String code) {
		return links.tokenOfShortCode(code);
	}

	/** The open reply link of a case's current referral, for the reminder mail. */
	@Transactional(readOnly = true)
	public Optional<Long> openLinkId(long caseId) {
		return links.openLinkId(caseId);
	}

	/**
	 * Marks referrals past their due date as overdue and sends the reminders due (a scheduled job calls this).
	 * @return how many cases were marked or reminded
	 */
	public int checkDeadlines() {
		Instant now = clock.instant();
		int touched = 0;
		List<CaseFile> overdue = cases.newlyOverdue(UNANSWERED, now, PageRequest.of(0, 500));
		for (CaseFile file : overdue) {
			file.markOverdue(now);
			audit.record("case.overdue", "case", file.getReference(), file.getGovernorateCode(), null);
			touched++;
		}
		cases.saveAll(overdue);
		Instant soon = now.plus(Duration.ofDays(properties.reminderDaysBefore()));
		List<CaseFile> due = cases.dueForReminder(UNANSWERED, soon, PageRequest.of(0, 500));
		for (CaseFile file : due) {
			if (file.reminded(now)) {
				touched++;
			}
		}
		cases.saveAll(due);
		return touched;
	}

	private static boolean mayAct(CaseActor as) {
		return as == CaseActor.COORDINATOR || as == CaseActor.FOLLOW_UP_MONITOR || as == CaseActor.REPORTER;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
