package ps.rasd.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseActor;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.CasesProperties;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.Change;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.Reply;
import ps.rasd.cases.domain.ReplyRepository;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;

/**
 * Carries out a step of the workflow the aggregate allowed: finds the unit of a referral (chosen, suggested by the
 * routing rules, or the one above for an escalation) and its due date, makes the reply link, looks up the original of
 * a duplicate, keeps an authority's reply, revokes links when the case stops waiting, stores the case (which publishes
 * its events) and audits the step. Shared by the staff's actions and the authority's reply through its link.
 */
@Component
public class CaseTransitions {

	/** Palestine's local time, for due dates given as days. */
	private static final java.time.ZoneId ZONE = CaseSummary.ZONE;

	private final CaseFileRepository cases;

	private final ReplyRepository replies;

	private final RegistryManagement registry;

	private final ReferralLinks links;

	private final CasesProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	CaseTransitions(CaseFileRepository cases, ReplyRepository replies, RegistryManagement registry,
			ReferralLinks links, CasesProperties properties, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.replies = replies;
		this.registry = registry;
		this.links = links;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Takes the action on the case (allowed for the actor: the caller checked) against the version they saw. */
	public CaseSummary transition(CaseFile file, CaseAction action, long version, ActionInput input, CaseActor as,
			Long actorId) {
		Instant now = clock.instant();
		if (action == CaseAction.REFER || action == CaseAction.ESCALATE) {
			AuthoritySummary unit = action == CaseAction.REFER ? referralUnit(file, input.authorityId())
					: parentUnit(file);
			Instant due = dueAt(unit, input.dueOn(), now);
			long linkId = links.open(file.getId(), unit.id(), due, now);
			file.apply(action, version, as, actorId,
					Change.referral(unit.id(), due, linkId, input.internalNote(), input.publicNote()), now);
		}
		else if (action == CaseAction.MARK_DUPLICATE) {
			String reference = input.duplicateOf() == null || input.duplicateOf().isBlank() ? ""
					: input.duplicateOf().strip();
			CaseFile original = cases.findByReference(reference)
				.orElseThrow(() -> new InvalidInputException("cases.case.invalid",
						Map.of("duplicateOf", "cases.duplicate.unknown")));
			file.markDuplicateOf(original, version, as, actorId, input.internalNote(), input.publicNote(), now);
		}
		else {
			file.apply(action, version, as, actorId, new Change(null, null, null, input.internalNote(),
					input.publicNote(), input.scheduledFor(), input.responsibleNamed(), null), now);
		}
		if (!file.getStatus().awaitsAuthority()) {
			links.revokeOpen(file.getId(), now);
		}
		cases.saveAndFlush(file);
		audit.record("case." + action.name().toLowerCase().replace('_', '-'), "case", file.getReference(),
				file.getGovernorateCode(), "status=" + file.getStatus());
		return file.toSummary();
	}

	/** Records an authority's reply (given by the unit through its link, or entered by staff) and takes its step. */
	public CaseSummary recordReply(CaseFile file, CaseAction action, long version, ActionInput input, CaseActor as,
			Long actorId, String via) {
		Long authority = file.getAuthorityId();
		CaseSummary after = transition(file, action, version, input, as, actorId);
		replies.save(new Reply(file.getId(), authority == null ? 0 : authority, action, blank(input.internalNote()),
				input.scheduledFor(), blank(input.responsibleNamed()), via, clock.instant()));
		return after;
	}

	/** The unit the routing rules suggest for this case (the facility's own unit when no rule applies). */
	public Optional<AuthoritySummary> suggestedAuthority(CaseSummary summary) {
		String type = summary.facilityId() == null ? null : registry.facility(summary.facilityId()).typeCode();
		Optional<AuthoritySummary> rule = registry.suggestAuthority(summary.sectorCode(), summary.governorateCode(),
				type);
		if (rule.isPresent() || summary.facilityId() == null) {
			return rule;
		}
		return Optional.of(registry.authority(registry.facility(summary.facilityId()).authorityId()));
	}

	private AuthoritySummary referralUnit(CaseFile file, Long chosen) {
		if (chosen != null) {
			try {
				return registry.authority(chosen);
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("cases.case.invalid", Map.of("authorityId", "cases.authority.unknown"));
			}
		}
		return suggestedAuthority(file.toSummary()).orElseThrow(() -> new InvalidInputException("cases.case.invalid",
				Map.of("authorityId", "cases.authority.none-suggested")));
	}

	private AuthoritySummary parentUnit(CaseFile file) {
		AuthoritySummary current = registry.authority(file.getAuthorityId());
		if (current.parentId() == null) {
			throw new ConflictException("cases.escalate.no-parent");
		}
		return registry.authority(current.parentId());
	}

	private Instant dueAt(AuthoritySummary unit, LocalDate chosen, Instant now) {
		if (chosen != null) {
			if (!chosen.isAfter(LocalDate.ofInstant(now, ZONE))) {
				throw new InvalidInputException("cases.case.invalid", Map.of("dueOn", "cases.due.past"));
			}
			return chosen.plusDays(1).atStartOfDay(ZONE).toInstant();
		}
		int days = unit.replyDeadlineDays() > 0 ? unit.replyDeadlineDays() : properties.defaultDeadlineDays();
		return now.plus(Duration.ofDays(days));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
