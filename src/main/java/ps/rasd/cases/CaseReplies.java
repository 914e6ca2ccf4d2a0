package ps.rasd.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.access.Role;
import ps.rasd.cases.CaseEvents.CaseMoved;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.Reply;
import ps.rasd.cases.domain.ReplyLink;
import ps.rasd.cases.domain.ReplyRepository;
import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.cases.internal.CaseTransitions;
import ps.rasd.cases.internal.ReferralLinks;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The authority's right of reply: what its signed link opens, the reply given through it (the link is then used up,
 * and renewed while the case still waits for the authority), the replies of a case, and their moderation by the
 * coordinators before the public reads them. Publishes {@link CaseMoved} (through the {@link CaseFile} aggregate).
 */
@Service
@Transactional
public class CaseReplies {

	private final CaseFileRepository cases;

	private final ReplyRepository replies;

	private final ReferralLinks links;

	private final CaseTransitions transitions;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	CaseReplies(CaseFileRepository cases, ReplyRepository replies, ReferralLinks links, CaseTransitions transitions,
			CaseAccess access, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.replies = replies;
		this.links = links;
		this.transitions = transitions;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the reply link opens.
	 * @throws DomainException {@code cases.link.invalid} (malformed or tampered), {@code cases.link.expired},
	 *         {@code cases.link.used}
	 */
	@Transactional(readOnly = true)
	public ReplyContext replyContext(String token) {
		ReplyLink link = links.verify(token);
		CaseFile file = cases.byId(link.getCaseId());
		return new ReplyContext(file.toSummary(), link.getAuthorityId(), link.getExpiresAt());
	}

	/**
	 * The authority replies through its link; the reply waits for moderation. The link stays open for later updates
	 * while the case waits for the authority, and is closed once it no longer does.
	 */
	public CaseSummary reply(String token, CaseAction kind, String message, LocalDate scheduledFor,
			String responsibleNamed) {
		ReplyLink link = links.verify(token);
		if (!kind.isReply()) {
			throw new ConflictException("cases.transition.invalid", kind.name(), "");
		}
		if (message != null && message.length() > 4000) {
			throw new InvalidInputException("cases.case.invalid", Map.of("message", "cases.field.too-long"));
		}
		CaseFile file = cases.byId(link.getCaseId());
		file.requireAllowed(kind);
		CaseSummary after = transitions.recordReply(file, kind, file.getVersion(),
				new ActionInput(null, null, null, scheduledFor, responsibleNamed, message, null), CaseActor.AUTHORITY,
				null, "LINK");
		// while the case still waits for the authority the same link (the one on the paper letter) serves for later
		// updates, each recorded as a reply; otherwise it is closed
		if (!after.status().awaitsAuthority()) {
			links.use(link);
		}
		return after;
	}

	/** The replies of a case: all for staff who may read it; the approved ones for anyone else. */
	@Transactional(readOnly = true)
	public List<ReplyView> replies(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		boolean staff = access.readsInternals(file, actor);
		if (actor != null) {
			access.requireRead(file, actor);
		}
		return replies.findByCaseIdOrderByReceivedAtAsc(file.getId()).stream().map(Reply::toView)
			.filter(r -> staff || r.moderation() == Moderation.APPROVED)
			.toList();
	}

	/** Replies waiting for moderation in this person's governorates. */
	@Transactional(readOnly = true)
	public List<ReplyView> repliesToModerate(RasdPrincipal actor) {
		boolean all = actor.isAdmin();
		Set<String> govs = actor.governorateCodes().isEmpty() ? Set.of("--") : actor.governorateCodes();
		if (!all && !actor.reader().is(Role.COORDINATOR)) {
			throw new ForbiddenException("cases.forbidden");
		}
		return replies.awaiting(Moderation.PENDING, all, govs).stream().map(Reply::toView).toList();
	}

	/** Approves (with the text to publish, e.g. redacted) or rejects an authority's reply. */
	public ReplyView moderate(long replyId, Moderation decision, String publicText, RasdPrincipal actor) {
		Reply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException("cases.reply.not-found"));
		CaseFile file = cases.byId(reply.getCaseId());
		access.requireManages(file, actor);
		if (reply.getModeration() != Moderation.PENDING) {
			throw new ConflictException("cases.reply.moderated");
		}
		if (decision == Moderation.PENDING) {
			throw new InvalidInputException("cases.case.invalid", Map.of("decision", "cases.field.required"));
		}
		String text = publicText != null && !publicText.isBlank() ? publicText.strip() : reply.toView().message();
		reply.moderate(decision, text, actor.accountId(), clock.instant());
		audit.record("case.reply-" + decision.name().toLowerCase(), "case", file.getReference(),
				file.getGovernorateCode(), "reply=" + replyId);
		return reply.toView();
	}
}
