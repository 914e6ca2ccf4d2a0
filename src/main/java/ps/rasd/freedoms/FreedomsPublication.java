package ps.rasd.freedoms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.freedoms.domain.Event;
import ps.rasd.freedoms.domain.EventRepository;
import ps.rasd.freedoms.internal.IdentitySealer;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Redaction;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.JpaScope;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * Publishing the redacted copy of an event: the preview (names of the event's victims and sources, phone and ID
 * numbers, e-mail addresses and coordinates found and replaced by {@link Redaction}), the publication to partners or
 * the public when the facts are established, every source consents and no lock holds, the withdrawal, and the copies
 * as partners and the public read them (positions coarsened). Publishes {@link EventPublished}.
 */
@Service
@Transactional
public class FreedomsPublication {

	private final EventRepository events;

	private final IdentitySealer sealer;

	private final FreedomsProperties properties;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	FreedomsPublication(EventRepository events, IdentitySealer sealer, FreedomsProperties properties,
			AuditTrail audit, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.sealer = sealer;
		this.properties = properties;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** The redacted copy proposed for the event (its documenters and administrators only). */
	@Transactional(readOnly = true)
	public RedactionPreview preview(String reference, RasdPrincipal actor) {
		Event event = full(reference, actor);
		return propose(event, event.details().title(), event.getNarrative());
	}

	/** The redaction of a title and narrative the documenter changed, before publishing. */
	@Transactional(readOnly = true)
	public RedactionPreview preview(String reference, String title, String narrative, RasdPrincipal actor) {
		return propose(full(reference, actor), title, narrative);
	}

	/**
	 * Publishes the copy; the title and narrative are redacted once more on the way (names of the event's people,
	 * numbers, addresses), so a slip in the edited text does not reach the public.
	 * @throws ConflictException {@code freedoms.publish.not-established}, stale version
	 * @throws ps.rasd.shared.DomainException {@code freedoms.publish.locked}, {@code freedoms.publish.no-consent}
	 */
	public EventSummary publish(String reference, long version, Tier tier, String title, String narrative,
			LocalDate embargo, RasdPrincipal actor) {
		Event event = full(reference, actor);
		if (event.getVersion() != version) {
			throw new ConflictException("freedoms.event.stale");
		}
		Collection<String> names = names(event);
		event.publish(tier, title == null ? null : Redaction.redact(title, names),
				narrative == null ? null : Redaction.redact(narrative, names), embargo, clock.instant());
		audit.record("freedoms.published", FreedomsManagement.SUBJECT, reference, event.getGovernorateCode(),
				"tier=" + tier + (embargo == null ? "" : " embargo=" + embargo));
		return announce(event);
	}

	/** Withdraws the published copy. */
	public EventSummary withdraw(String reference, RasdPrincipal actor) {
		Event event = full(reference, actor);
		event.withdraw(clock.instant());
		audit.record("freedoms.withdrawn", FreedomsManagement.SUBJECT, reference, event.getGovernorateCode(), null);
		return announce(event);
	}

	/**
	 * The published copy as this person (or the public, {@code null}) reads it.
	 * @throws NotFoundException when it is not published to them
	 */
	@Transactional(readOnly = true)
	public PublishedEvent published(String reference, RasdPrincipal viewer) {
		Event event = events.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("freedoms.event.not-found"));
		boolean copy = ReadRules.DOCUMENTATION.copy(Reader.of(viewer), clock.instant()).test(event.accessFacts());
		if (!copy || event.getTier() == Tier.INTERNAL) {
			throw new NotFoundException("freedoms.event.not-found");
		}
		return copyOf(event);
	}

	/** The published copies this person (or the public) reads, newest event first. */
	@Transactional(readOnly = true)
	public PageResult<PublishedEvent> publishedList(String governorateCode, String eventType, int page, int size,
			RasdPrincipal viewer) {
		Scope scope = ReadRules.DOCUMENTATION.copy(Reader.of(viewer), clock.instant());
		Specification<Event> spec = (root, query, cb) -> cb.and(
				JpaScope.where(scope, FreedomsManagement.FIELDS, root, query, cb),
				cb.notEqual(root.get("tier"), Tier.INTERNAL),
				governorateCode == null ? cb.conjunction() : cb.equal(root.get("governorateCode"), governorateCode),
				eventType == null ? cb.conjunction() : cb.equal(root.get("eventType"), eventType));
		var request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), FreedomsManagement.MAX_PAGE_SIZE),
				Sort.by(Sort.Direction.DESC, "dateFrom", "id"));
		return PageResult.of(events.findAll(spec, request), this::copyOf);
	}

	/** Whether the person reads the event at all (its copy or in full), for evidence. */
	@Transactional(readOnly = true)
	public Sight sight(String reference, RasdPrincipal viewer) {
		return events.findByReference(reference)
			.map(e -> ReadRules.DOCUMENTATION.sight(Reader.of(viewer), e.accessFacts(), clock.instant()))
			.orElse(Sight.NONE);
	}

	/**
	 * The copy of an event published to partners or the public, whatever its embargo (for the search index, which
	 * keeps the tier and embargo with it); empty when it is not published.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PublishedEvent> publishedCopy(String reference) {
		return events.findByReference(reference).filter(e -> e.getTier() != Tier.INTERNAL).map(this::copyOf);
	}

	/** The references of every published copy, in order. */
	@Transactional(readOnly = true)
	public List<String> publishedReferences() {
		return events.publishedReferences();
	}

	private PublishedEvent copyOf(Event event) {
		EventDetails d = event.details();
		List<String> actTypes = new ArrayList<>();
		Set<String> perpetrators = new LinkedHashSet<>();
		event.toView().acts().forEach(a -> {
			actTypes.add(a.actType());
			perpetrators.addAll(a.perpetratorTypes());
		});
		Map<String, Long> professions = new TreeMap<>();
		event.getVictims().forEach(v -> professions.merge(v.getProfession() == null ? "" : v.getProfession(), 1L,
				Long::sum));
		return new PublishedEvent(event.getReference(), event.getPublishedTitle(), event.getPublishedNarrative(),
				d.eventType(), d.rights(), d.dateFrom(), d.dateTo(), d.governorateCode(), coarse(d.latitude()),
				coarse(d.longitude()), actTypes, perpetrators, professions, event.getVictims().size(),
				event.getPublishedAt(), event.getTier(), event.getEmbargoUntil());
	}

	private Double coarse(Double degrees) {
		return degrees == null ? null
				: BigDecimal.valueOf(degrees).setScale(properties.publicCoordinateDecimals(), RoundingMode.HALF_UP)
					.doubleValue();
	}

	private RedactionPreview propose(Event event, String title, String narrative) {
		Collection<String> names = names(event);
		List<Redaction.Span> titleSpans = Redaction.propose(title == null ? "" : title, names);
		List<Redaction.Span> storySpans = Redaction.propose(narrative == null ? "" : narrative, names);
		Set<Redaction.Kind> found = new LinkedHashSet<>();
		titleSpans.forEach(s -> found.add(s.kind()));
		storySpans.forEach(s -> found.add(s.kind()));
		var view = event.toView();
		return new RedactionPreview(Redaction.apply(title == null ? "" : title, titleSpans),
				Redaction.apply(narrative == null ? "" : narrative, storySpans), List.copyOf(found),
				view.consentAllowsPublication(), event.isDoNotPublish());
	}

	/** The names of the event's people, opened only to be found and removed from the text. */
	private Collection<String> names(Event event) {
		List<String> names = new ArrayList<>();
		event.getVictims().forEach(v -> add(names, sealer.open(v.getSealed())));
		event.getSources().forEach(s -> add(names, sealer.open(s.getSealed())));
		add(names, sealer.open(event.getReporterSealed()));
		return names;
	}

	private static void add(List<String> names, SealedIdentity identity) {
		if (identity.name() != null) {
			names.add(identity.name());
		}
		if (identity.address() != null) {
			names.add(identity.address());
		}
	}

	private EventSummary announce(Event event) {
		EventSummary saved = events.saveAndFlush(event).toSummary();
		publisher.publishEvent(new EventPublished(event.getReference(), event.getGovernorateCode(), event.getTier()));
		publisher.publishEvent(new SearchableChanged(FreedomsManagement.SUBJECT, List.of(event.getReference())));
		return saved;
	}

	private Event full(String reference, RasdPrincipal actor) {
		Event event = events.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("freedoms.event.not-found"));
		if (ReadRules.DOCUMENTATION.sight(Reader.of(actor), event.accessFacts(), clock.instant()) != Sight.FULL) {
			throw new NotFoundException("freedoms.event.not-found");
		}
		return event;
	}
}
