package ps.rasd.polls;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.polls.analysis.PopulationTargetTable;
import ps.rasd.polls.internal.PopulationTargetSeeds;
import ps.rasd.polls.internal.TargetStore;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Population targets for weighting: editable tables per weighting variable (or per crossed cell of variables, for
 * post-stratification) with their source, seeded from the census data at start-up. Analysts and administrators read
 * and edit them; every change is audited, and a table is saved whole or not at all.
 */
@Service
public class PollTargets {

	/** A variable code, or crossed codes joined by a bar for post-stratification cells. */
	private static final Pattern VARIABLE = Pattern.compile("[a-z][a-z0-9_]{0,39}(\\|[a-z][a-z0-9_]{0,39})*");

	private final TargetStore store;

	private final PopulationTargetSeeds seeds;

	private final AuditTrail audit;

	private final Clock clock;

	PollTargets(TargetStore store, PopulationTargetSeeds seeds, AuditTrail audit, Clock clock) {
		this.store = store;
		this.seeds = seeds;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every table, by variable. */
	@Transactional(readOnly = true)
	public List<TargetTable> tables(RasdPrincipal actor) {
		require(actor);
		return store.all();
	}

	/** Every table, by variable, for the analysis (no access check: callers check). */
	@Transactional(readOnly = true)
	public List<TargetTable> tables() {
		return store.all();
	}

	/** A table by id. */
	@Transactional(readOnly = true)
	public TargetTable table(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("polls.targets.not-found"));
	}

	/**
	 * Saves a new table ({@code id} {@code null}) or replaces one whose row version is {@code version}.
	 *
	 * @throws InvalidInputException {@code polls.targets.bad-variable}, {@code polls.targets.no-source}
	 * @throws ConflictException {@code polls.targets.changed} when someone saved the table meanwhile
	 */
	@Transactional
	public TargetTable save(Long id, Long version, PopulationTargetTable table, RasdPrincipal actor) {
		require(actor);
		if (!VARIABLE.matcher(table.variable()).matches()) {
			throw new InvalidInputException("polls.targets.bad-variable", List.of(new InvalidInputException.Field(
					"variable", "polls.targets.bad-variable", List.of(table.variable()), null)));
		}
		if (table.source() == null) {
			throw new InvalidInputException("polls.targets.no-source", List.of(new InvalidInputException.Field(
					"source", "polls.targets.no-source", List.of(table.variable()), null)));
		}
		long saved;
		if (id == null) {
			saved = store.insert(table, false, clock.instant());
			audit.record("poll-targets.created", "poll-targets", saved, null, "variable=" + table.variable());
		}
		else {
			table(id);
			if (version == null || !store.update(id, version, table, clock.instant())) {
				throw new ConflictException("polls.targets.changed");
			}
			saved = id;
			audit.record("poll-targets.updated", "poll-targets", id, null, "variable=" + table.variable());
		}
		return table(saved);
	}

	/** Deletes a table. */
	@Transactional
	public void delete(long id, RasdPrincipal actor) {
		require(actor);
		TargetTable table = table(id);
		store.delete(id);
		audit.record("poll-targets.deleted", "poll-targets", id, null, "variable=" + table.table().variable());
	}

	/** Loads the seed tables whose variable has no seeded table yet; running it again changes nothing. */
	@Transactional
	public int seed() {
		int added = 0;
		for (PopulationTargetTable table : seeds.all()) {
			if (!store.seeded(table.variable())) {
				long id = store.insert(table, true, clock.instant());
				audit.record("poll-targets.seeded", "poll-targets", id, null, "variable=" + table.variable());
				added++;
			}
		}
		return added;
	}

	private static void require(RasdPrincipal actor) {
		if (!PollManagement.runsPolls(actor)) {
			throw new ForbiddenException("polls.forbidden");
		}
	}
}
