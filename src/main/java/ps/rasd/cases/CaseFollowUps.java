package ps.rasd.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.FollowUp;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.spi.SearchableChanged;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Follow-up checks: a coordinator sends a monitor of the case's governorate to check a fix the authority reported;
 * the monitor's open checks; the checks of a case; the monitors who may be sent. The check's outcome is a workflow
 * action ({@link CaseWorkflow#act}: {@code CONFIRM_FIX} or {@code REOPEN}).
 */
@Service
@Transactional
public class CaseFollowUps {

	private final CaseFileRepository cases;

	private final FollowUpRepository followUps;

	private final CaseAccess access;

	private final IdentityManagement identity;

	private final GeographyManagement geography;

	private final CasesProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseFollowUps(CaseFileRepository cases, FollowUpRepository followUps, CaseAccess access,
			IdentityManagement identity, GeographyManagement geography, CasesProperties properties,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.followUps = followUps;
		this.access = access;
		this.identity = identity;
		this.geography = geography;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Assigns a monitor of the case's governorate to check a fix the authority reported (a check already open is
	 * closed as reassigned).
	 * @throws ConflictException {@code cases.follow-up.not-resolved}
	 * @throws InvalidInputException {@code monitorId}: not an enabled monitor of the governorate
	 */
	public FollowUpView assignFollowUp(String reference, long monitorId, LocalDate dueOn, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireManages(file, actor);
		file.requireFixToCheck();
		AccountSummary monitor = identity.account(monitorId)
			.filter(a -> a.enabled() && a.roles().contains(Role.MONITOR)
					&& a.governorates().contains(file.getGovernorateCode()))
			.orElseThrow(() -> new InvalidInputException("cases.case.invalid",
					Map.of("monitorId", "cases.follow-up.monitor-invalid")));
		followUps.findFirstByCaseIdAndDoneAtIsNull(file.getId()).ifPresent(f -> f.done("REASSIGNED", null,
				clock.instant()));
		LocalDate due = dueOn != null ? dueOn : LocalDate.ofInstant(clock.instant(), CaseSummary.ZONE).plusDays(
				properties.followUpDays());
		FollowUp saved = followUps.save(new FollowUp(file.getId(), monitor.id(), actor.accountId(), clock.instant(),
				due));
		audit.record("case.follow-up-assigned", "case", reference, file.getGovernorateCode(), "monitor=account-"
				+ monitorId);
		// the monitor now finds the case in search too
		events.publishEvent(SearchableChanged.of(CaseFile.SEARCH_TYPE, file.getId()));
		return saved.toView();
	}

	/** The open follow-up checks of this monitor, with their cases. */
	@Transactional(readOnly = true)
	public List<CaseSummary> myFollowUps(RasdPrincipal actor) {
		return followUps.findByMonitorIdAndDoneAtIsNullOrderByAssignedAtAsc(actor.accountId()).stream()
			.map(f -> cases.byId(f.getCaseId()).toSummary())
			.toList();
	}

	/** The follow-ups of a case. */
	@Transactional(readOnly = true)
	public List<FollowUpView> followUps(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		if (access.sight(file, actor) != ps.rasd.shared.access.Sight.FULL) {
			// the checks and who made them are the staff's side of the case, not in its redacted copy
			access.requireRead(file, actor);
			return List.of();
		}
		return followUps.findByCaseIdOrderByAssignedAtAsc(file.getId()).stream().map(FollowUp::toView).toList();
	}

	/** Monitors of this coordinator's governorates (to send to check fixes). */
	@Transactional(readOnly = true)
	public List<AccountSummary> monitorsOf(RasdPrincipal actor) {
		if (!(actor.isAdmin() || actor.reader().is(Role.COORDINATOR))) {
			return List.of();
		}
		return identity.withRoleIn(Role.MONITOR, actor.isAdmin() ? allGovernorateCodes() : actor.governorateCodes());
	}

	/** Monitors who may be sent to check a case. */
	@Transactional(readOnly = true)
	public List<AccountSummary> monitorsFor(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireManages(file, actor);
		return identity.withRoleIn(Role.MONITOR, Set.of(file.getGovernorateCode()));
	}

	private Set<String> allGovernorateCodes() {
		return geography.governorates().stream().map(GovernorateSummary::code).collect(Collectors.toSet());
	}
}
