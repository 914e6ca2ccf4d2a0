package ps.rasd.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.spi.AssignmentGate;
import ps.rasd.shared.access.Role;
import ps.rasd.monitoring.domain.Assignment;
import ps.rasd.monitoring.domain.AssignmentRepository;
import ps.rasd.monitoring.domain.Round;
import ps.rasd.monitoring.domain.RoundRepository;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Rounds and assignments: coordinators plan a round (a form, governorates, a period) and give monitors facilities to
 * visit by a date; monitors see their open assignments and start each visit from it.
 */
@Service
@Transactional
public class RoundPlanning {

	private final RoundRepository rounds;

	private final AssignmentRepository assignments;

	private final FormsManagement forms;

	private final RegistryManagement registry;

	private final IdentityManagement identity;

	private final Clock clock;

	private final AuditTrail audit;

	private final List<AssignmentGate> gates;

	RoundPlanning(RoundRepository rounds, AssignmentRepository assignments, FormsManagement forms,
			RegistryManagement registry, IdentityManagement identity, Clock clock, AuditTrail audit,
			List<AssignmentGate> gates) {
		this.audit = audit;
		this.gates = gates;
		this.rounds = rounds;
		this.assignments = assignments;
		this.forms = forms;
		this.registry = registry;
		this.identity = identity;
		this.clock = clock;
	}

	/** Plans a round over governorates the person manages (all of them). */
	public RoundSummary create(LocalizedText name, long formId, Set<String> governorates, LocalDate startsOn,
			LocalDate endsOn, RasdPrincipal actor) {
		if (governorates.stream().anyMatch(g -> !actor.manages(g))) {
			throw new ForbiddenException("monitoring.forbidden");
		}
		forms.form(formId);
		RoundSummary round = rounds.save(new Round(name, formId, governorates, startsOn, endsOn, actor.accountId(),
				clock.instant())).toSummary();
		audit.record("round.created", "round", round.id(), null, "governorates=" + governorates);
		return round;
	}

	/** Rounds that cover a governorate of this person (all for administrators and analysts), newest first. */
	@Transactional(readOnly = true)
	public List<RoundSummary> rounds(RasdPrincipal actor) {
		return rounds.findAllByOrderByStartsOnDesc().stream().map(Round::toSummary)
			.filter(r -> reads(actor, r))
			.toList();
	}

	/**
	 * A round this person reads: administrators and analysts every round, others a round that covers one of their
	 * governorates (the same rule as {@link #rounds}); any other round is not found for them.
	 */
	@Transactional(readOnly = true)
	public RoundSummary round(long id, RasdPrincipal actor) {
		return rounds.findById(id).map(Round::toSummary).filter(r -> reads(actor, r))
			.orElseThrow(() -> new NotFoundException("monitoring.round.not-found"));
	}

	private static boolean reads(RasdPrincipal actor, RoundSummary round) {
		Reader reader = Reader.of(actor);
		return reader.readsEverything() || round.governorates().stream().anyMatch(reader.governorates()::contains);
	}

	/**
	 * Gives a monitor facilities of the round to visit by a date; facilities already assigned to them are skipped. A
	 * monitor whom a {@link AssignmentGate} refuses (a training the form requires) is not assigned.
	 * @return how many assignments were made
	 */
	public int assign(long roundId, long monitorId, Collection<Long> facilityIds, LocalDate dueOn,
			RasdPrincipal actor) {
		RoundSummary round = round(roundId, actor);
		AccountSummary monitor = identity.account(monitorId)
			.filter(a -> a.roles().contains(Role.MONITOR) || a.roles().contains(Role.COORDINATOR))
			.orElseThrow(() -> new DomainException("monitoring.assignment.not-a-monitor"));
		for (AssignmentGate gate : gates) {
			gate.refusal(monitorId, round.formId()).ifPresent(refusal -> {
				throw new DomainException(refusal.code(), refusal.argument());
			});
		}
		int made = 0;
		for (FacilitySummary facility : registry.facilities(facilityIds).values()) {
			String governorate = facility.governorateCode();
			if (!round.governorates().contains(governorate) || !actor.manages(governorate)) {
				throw new ForbiddenException("monitoring.forbidden");
			}
			if (!monitor.governorates().contains(governorate)) {
				throw new DomainException("monitoring.assignment.outside-scope");
			}
			if (!assignments.existsByRoundIdAndFacilityIdAndMonitorId(roundId, facility.id(), monitorId)) {
				assignments.save(new Assignment(roundId, monitorId, facility.id(), governorate, dueOn,
						clock.instant()));
				made++;
			}
		}
		audit.record("round.assigned", "round", roundId, null, "monitor=" + monitorId + " facilities=" + made);
		return made;
	}

	/** The assignments of a round this person reads ({@link #round(long, RasdPrincipal)}). */
	@Transactional(readOnly = true)
	public List<AssignmentSummary> assignments(long roundId, RasdPrincipal actor) {
		round(roundId, actor);
		return assignments.findByRoundIdOrderByDueOnAsc(roundId).stream().map(Assignment::toSummary).toList();
	}

	/** Open assignments: a monitor's own; a coordinator's governorates'. */
	@Transactional(readOnly = true)
	public List<AssignmentSummary> open(RasdPrincipal actor) {
		Reader reader = actor.reader();
		if (reader.is(Role.COORDINATOR) || reader.is(Role.ADMIN)) {
			return assignments.findByGovernorateCodeInAndStatusOrderByDueOnAsc(actor.governorateCodes(), "OPEN")
				.stream().map(Assignment::toSummary).toList();
		}
		return assignments.findByMonitorIdAndStatusOrderByDueOnAsc(actor.accountId(), "OPEN").stream()
			.map(Assignment::toSummary).toList();
	}
}
