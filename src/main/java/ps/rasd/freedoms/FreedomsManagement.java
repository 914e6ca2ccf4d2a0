package ps.rasd.freedoms;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.Predicate;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.freedoms.domain.Event;
import ps.rasd.freedoms.domain.EventRepository;
import ps.rasd.freedoms.internal.IdentitySealer;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.JpaScope;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * Documenting events: initial reports (public, monitors, partners), the documenters' own records, verification,
 * acts, victims, sources, interventions, evidence and the sealed identities. Who reads an event is
 * {@link ReadRules#DOCUMENTATION}: the documenters of its governorate and administrators, nobody else until a copy is
 * published ({@link FreedomsPublication}). Every change and every reading of sealed identities is audited. Publishes
 * {@link SearchableChanged} for the search index.
 */
@Service
@Transactional
public class FreedomsManagement {

	/** The kind of record in the audit log, the search index and evidence. */
	public static final String SUBJECT = "freedoms-event";

	/** The largest page served. */
	public static final int MAX_PAGE_SIZE = 200;

	static final JpaScope.Fields FIELDS = new JpaScope.Fields("governorateCode", "tier", "embargoUntil", true, null,
			null, null);

	private static final ZoneId ZONE = ZoneId.of("Asia/Hebron");

	private final EventRepository events;

	private final IdentitySealer sealer;

	private final GeographyManagement geography;

	private final EvidenceManagement evidence;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	FreedomsManagement(EventRepository events, IdentitySealer sealer, GeographyManagement geography,
			EvidenceManagement evidence, AuditTrail audit, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.sealer = sealer;
		this.geography = geography;
		this.evidence = evidence;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Takes an initial report from the public ({@code reporter} {@code null}), a monitor, a partner or a documenter;
	 * only the documenters of the governorate see it. The reporter's contact is sealed.
	 * @return the event's reference
	 * @throws InvalidInputException {@code freedoms.event.invalid} without a title, a date, a governorate or a place
	 */
	public String report(InitialReport report, RasdPrincipal reporter) {
		EventDetails details = new EventDetails(report.title(), report.narrative(), report.eventType(), null,
				report.dateFrom(), report.dateTo(), report.governorateCode(), report.place(), null, null, null, null,
				null);
		requireValid(details);
		Event event = new Event(newReference(), details, channelOf(reporter), reporter == null ? null
				: reporter.accountId(), sealer.seal(report.reporter()), clock.instant());
		Event saved = events.save(event);
		audit.record("freedoms.reported", SUBJECT, saved.getReference(), saved.getGovernorateCode(),
				"channel=" + channelOf(reporter));
		return saved.getReference();
	}

	/**
	 * A documenter records an event directly (status initial report, channel documenter).
	 * @throws ForbiddenException when the person documents no event of the governorate
	 */
	public EventSummary record(EventDetails details, RasdPrincipal actor) {
		requireValid(details);
		requireDocumenter(actor, details.governorateCode());
		Event saved = events.save(new Event(newReference(), details, Channel.DOCUMENTER, actor.accountId(), null,
				clock.instant()));
		audit.record("freedoms.recorded", SUBJECT, saved.getReference(), saved.getGovernorateCode(), null);
		return saved.toSummary();
	}

	/**
	 * Whether the person is on a documentation team (documents the events of some governorate) or administers.
	 */
	public boolean documents(RasdPrincipal actor) {
		return !(ReadRules.DOCUMENTATION.full(Reader.of(actor), clock.instant()) instanceof Scope.Nothing);
	}

	/**
	 * The events the person documents, newest first, filtered.
	 * @throws ForbiddenException {@code freedoms.forbidden} for someone on no documentation team
	 */
	@Transactional(readOnly = true)
	public PageResult<EventSummary> list(EventFilter filter, int page, int size, RasdPrincipal actor) {
		Scope scope = ReadRules.DOCUMENTATION.full(Reader.of(actor), clock.instant());
		if (scope instanceof Scope.Nothing) {
			throw new ForbiddenException("freedoms.forbidden");
		}
		Specification<Event> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(JpaScope.where(scope, FIELDS, root, query, cb));
			if (filter.governorateCode() != null) {
				where.add(cb.equal(root.get("governorateCode"), filter.governorateCode()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.eventType() != null) {
				where.add(cb.equal(root.get("eventType"), filter.eventType()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("dateFrom"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("dateFrom"), filter.to()));
			}
			return cb.and(where.toArray(new Predicate[0]));
		};
		var request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE),
				Sort.by(Sort.Direction.DESC, "id"));
		return PageResult.of(events.findAll(spec, request), Event::toSummary);
	}

	/**
	 * The event in full, for its documenters and administrators.
	 * @throws NotFoundException for anyone else (its existence is not confirmed)
	 */
	@Transactional(readOnly = true)
	public EventView event(String reference, RasdPrincipal actor) {
		return full(reference, actor).toView();
	}

	/** Changes the facts (not of a closed event). */
	public EventSummary edit(String reference, long version, EventDetails details, RasdPrincipal actor) {
		requireValid(details);
		Event event = writable(reference, version, actor);
		requireDocumenter(actor, details.governorateCode());
		event.edit(details, clock.instant());
		return changed(event, "freedoms.edited", null);
	}

	/**
	 * Moves the event's documentation on.
	 * @throws ConflictException {@code freedoms.event.invalid-transition}, stale version
	 * @throws ps.rasd.shared.DomainException {@code freedoms.event.verify-needs-source-and-act}
	 */
	public EventSummary act(String reference, long version, EventAction action, RasdPrincipal actor) {
		Event event = writable(reference, version, actor);
		var now = clock.instant();
		switch (action) {
			case START_VERIFICATION -> event.startVerification(now);
			case VERIFY -> event.verify(now);
			case CLOSE -> event.close(now);
			case REOPEN -> event.reopen(now);
		}
		return changed(event, "freedoms.status", event.getStatus().name());
	}

	/** Adds an act. */
	public EventSummary addAct(String reference, ActInput act, RasdPrincipal actor) {
		Event event = writable(reference, null, actor);
		event.addAct(act, clock.instant());
		return changed(event, "freedoms.act-added", act.actType());
	}

	/** Adds a victim; the identity is sealed. */
	public EventSummary addVictim(String reference, VictimInput victim, RasdPrincipal actor) {
		Event event = writable(reference, null, actor);
		event.addVictim(victim, sealer.seal(victim.identity()), clock.instant());
		return changed(event, "freedoms.victim-added", victim.kind().name());
	}

	/** Adds a source with its consent; the identity is sealed. */
	public EventSummary addSource(String reference, SourceInput source, RasdPrincipal actor) {
		Event event = writable(reference, null, actor);
		event.addSource(source, sealer.seal(source.identity()), clock.instant());
		return changed(event, "freedoms.source-added", source.sourceType() + " publish=" + source.mayPublish());
	}

	/** Records an intervention. */
	public EventSummary addIntervention(String reference, InterventionInput intervention, RasdPrincipal actor) {
		Event event = writable(reference, null, actor);
		event.addIntervention(intervention, clock.instant());
		return changed(event, "freedoms.intervention-added", intervention.kind().name());
	}

	/** Records the response to an intervention. */
	public EventSummary recordResponse(String reference, long interventionId, String response, LocalDate on,
			RasdPrincipal actor) {
		Event event = writable(reference, null, actor);
		event.recordResponse(interventionId, response, on, clock.instant());
		return changed(event, "freedoms.response-recorded", String.valueOf(interventionId));
	}

	/** Locks publication (any documenter of the event); a published copy is withdrawn. */
	public EventSummary lockPublication(String reference, RasdPrincipal actor) {
		Event event = writable(reference, null, actor);
		event.lockPublication(clock.instant());
		return changed(event, "freedoms.locked", null);
	}

	/**
	 * Lifts the "do not publish" lock.
	 * @throws ForbiddenException {@code freedoms.unlock-forbidden} for anyone but an administrator
	 */
	public EventSummary unlockPublication(String reference, RasdPrincipal actor) {
		if (!Reader.of(actor).is(Role.ADMIN)) {
			throw new ForbiddenException("freedoms.unlock-forbidden");
		}
		Event event = writable(reference, null, actor);
		event.unlockPublication(clock.instant());
		return changed(event, "freedoms.unlocked", null);
	}

	/**
	 * Opens the sealed identities of the event (reporter, victims, sources); the reading is audited.
	 * @throws ForbiddenException {@code freedoms.sealed-forbidden} for anyone but the documenters of the governorate
	 * and administrators
	 */
	public Identities identities(String reference, RasdPrincipal actor) {
		Event event = full(reference, actor);
		if (!ReadRules.DOCUMENTATION.readsSealed(Reader.of(actor), event.getGovernorateCode())) {
			throw new ForbiddenException("freedoms.sealed-forbidden");
		}
		audit.record("freedoms.sealed-read", SUBJECT, reference, event.getGovernorateCode(), "identities");
		Map<Long, SealedIdentity> victims = new LinkedHashMap<>();
		event.getVictims().forEach(v -> victims.put(v.getId(), sealer.open(v.getSealed())));
		Map<Long, SealedIdentity> sources = new LinkedHashMap<>();
		event.getSources().forEach(s -> sources.put(s.getId(), sealer.open(s.getSealed())));
		return new Identities(sealer.open(event.getReporterSealed()), victims, sources);
	}

	/** Attaches a file (metadata stripped by {@code evidence}; a documenter may not keep a sealed original there). */
	public EvidenceSummary attach(String reference, InputStream content, RasdPrincipal actor) {
		Event event = writable(reference, null, actor);
		EvidenceSummary file = evidence.upload(content, SUBJECT, reference, event.getGovernorateCode(),
				actor.manages(event.getGovernorateCode()), actor);
		audit.record("freedoms.evidence-attached", SUBJECT, reference, event.getGovernorateCode(), "file=" + file.id());
		return file;
	}

	/** The files of the event, for whoever reads it in full. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> files(String reference, RasdPrincipal actor) {
		full(reference, actor);
		return evidence.filesOf(SUBJECT, reference);
	}

	/** Whether the person reads the event in full (for evidence access). */
	@Transactional(readOnly = true)
	public boolean readsInFull(String reference, RasdPrincipal actor) {
		return events.findByReference(reference)
			.map(e -> ReadRules.DOCUMENTATION.sight(Reader.of(actor), e.accessFacts(), clock.instant()) == Sight.FULL)
			.orElse(false);
	}

	private Event full(String reference, RasdPrincipal actor) {
		Event event = events.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("freedoms.event.not-found"));
		if (ReadRules.DOCUMENTATION.sight(Reader.of(actor), event.accessFacts(), clock.instant()) != Sight.FULL) {
			throw new NotFoundException("freedoms.event.not-found");
		}
		return event;
	}

	private Event writable(String reference, Long version, RasdPrincipal actor) {
		Event event = full(reference, actor);
		if (version != null && version != event.getVersion()) {
			throw new ConflictException("freedoms.event.stale");
		}
		return event;
	}

	private EventSummary changed(Event event, String action, String details) {
		audit.record(action, SUBJECT, event.getReference(), event.getGovernorateCode(), details);
		publisher.publishEvent(new SearchableChanged(SUBJECT, List.of(event.getReference())));
		return events.saveAndFlush(event).toSummary();
	}

	private void requireDocumenter(RasdPrincipal actor, String governorate) {
		if (!Reader.of(actor).isIn(Role.DOCUMENTER, governorate)) {
			throw new ForbiddenException("freedoms.forbidden");
		}
	}

	private void requireValid(EventDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (details.title() == null || details.title().isBlank()) {
			errors.put("title", "freedoms.event.title-required");
		}
		if (details.dateFrom() == null) {
			errors.put("dateFrom", "freedoms.event.date-required");
		}
		else if (details.dateFrom().isAfter(LocalDate.now(clock.withZone(ZONE)))) {
			errors.put("dateFrom", "freedoms.event.date-future");
		}
		if (details.governorateCode() == null || geography.governorate(details.governorateCode()).isEmpty()) {
			errors.put("governorateCode", "freedoms.event.governorate-required");
		}
		if (details.place() == null || details.place().isBlank()) {
			errors.put("place", "freedoms.event.place-required");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("freedoms.event.invalid", errors);
		}
	}

	private static Channel channelOf(RasdPrincipal reporter) {
		Reader reader = Reader.of(reporter);
		if (reader.isPublic()) {
			return Channel.PUBLIC;
		}
		if (reader.is(Role.DOCUMENTER) || reader.is(Role.ADMIN)) {
			return Channel.DOCUMENTER;
		}
		return reader.is(Role.PARTNER) ? Channel.PARTNER : Channel.MONITOR;
	}

	private String newReference() {
		// unique: the next number after the highest id; a clash at the same instant is refused by the unique key
		return "FRD-%d-%06d".formatted(LocalDate.now(clock.withZone(ZONE)).getYear(), events.maxId() + 1);
	}
}
