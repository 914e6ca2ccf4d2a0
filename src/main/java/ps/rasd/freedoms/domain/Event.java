package ps.rasd.freedoms.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.freedoms.ActInput;
import ps.rasd.freedoms.Channel;
import ps.rasd.freedoms.EventDetails;
import ps.rasd.freedoms.EventStatus;
import ps.rasd.freedoms.EventSummary;
import ps.rasd.freedoms.EventView;
import ps.rasd.freedoms.InterventionInput;
import ps.rasd.freedoms.Risk;
import ps.rasd.freedoms.Confidence;
import ps.rasd.freedoms.SourceInput;
import ps.rasd.freedoms.VictimInput;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;

/**
 * One documented event with its acts, victims, sources and interventions: guards its documentation status
 * (initial report → being verified → verified → closed), the "do not publish" lock and the rule that a copy is
 * published only when the facts are established, every source consents and no lock holds.
 */
@Entity
@Table(name = "freedoms_event")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private String title;

	private String narrative;

	private String eventType;

	@ElementCollection
	@CollectionTable(name = "freedoms_event_right", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "right_code")
	private Set<String> rights = new HashSet<>();

	private LocalDate dateFrom;

	private LocalDate dateTo;

	private String governorateCode;

	private String place;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private EventStatus status;

	@Enumerated(EnumType.STRING)
	private Confidence confidence;

	@Enumerated(EnumType.STRING)
	private Risk risk;

	private String riskNote;

	private boolean doNotPublish;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Long reporterAccountId;

	private String reporterSealed;

	@Enumerated(EnumType.STRING)
	private Tier tier = Tier.INTERNAL;

	private LocalDate embargoUntil;

	private String publishedTitle;

	private String publishedNarrative;

	private Instant publishedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "event_id", nullable = false)
	@OrderBy("id")
	private List<Act> acts = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "event_id", nullable = false)
	@OrderBy("id")
	private List<Victim> victims = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "event_id", nullable = false)
	@OrderBy("id")
	private List<Source> sources = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "event_id", nullable = false)
	@OrderBy("id")
	private List<Intervention> interventions = new ArrayList<>();

	protected Event() {
	}

	/** A new initial report; {@code reporterSealed} is the encrypted contact of the reporter, or {@code null}. */
	public Event(String reference, EventDetails details, Channel channel, Long reporterAccountId,
			String reporterSealed, Instant now) {
		this.reference = reference;
		this.status = EventStatus.INITIAL_REPORT;
		this.channel = channel;
		this.reporterAccountId = reporterAccountId;
		this.reporterSealed = reporterSealed;
		this.createdAt = now;
		apply(details, now);
	}

	/** Changes the facts; a closed event is reopened first. */
	public void edit(EventDetails details, Instant now) {
		requireNotClosed();
		apply(details, now);
	}

	/** A documenter takes up the initial report. */
	public void startVerification(Instant now) {
		move(EventStatus.INITIAL_REPORT, EventStatus.BEING_VERIFIED, now);
	}

	/** The facts are established: needs at least one source and one act. */
	public void verify(Instant now) {
		if (sources.isEmpty() || acts.isEmpty()) {
			throw new DomainException("freedoms.event.verify-needs-source-and-act");
		}
		move(EventStatus.BEING_VERIFIED, EventStatus.VERIFIED, now);
	}

	/** Documentation finished. */
	public void close(Instant now) {
		move(EventStatus.VERIFIED, EventStatus.CLOSED, now);
	}

	/** New facts: back to verification. */
	public void reopen(Instant now) {
		move(EventStatus.CLOSED, EventStatus.BEING_VERIFIED, now);
	}

	/** Locks publication; a published copy is withdrawn at once. */
	public void lockPublication(Instant now) {
		doNotPublish = true;
		tier = Tier.INTERNAL;
		updatedAt = now;
	}

	/** Lifts the lock (the facade lets only administrators do it). */
	public void unlockPublication(Instant now) {
		doNotPublish = false;
		updatedAt = now;
	}

	/**
	 * Publishes the redacted copy to partners or the public.
	 * @throws ConflictException {@code freedoms.publish.not-established} before verification
	 * @throws DomainException {@code freedoms.publish.locked}, {@code freedoms.publish.no-consent},
	 * {@code freedoms.publish.title-required}
	 */
	public void publish(Tier to, String title, String narrative, LocalDate embargo, Instant now) {
		if (!status.established()) {
			throw new ConflictException("freedoms.publish.not-established");
		}
		if (doNotPublish) {
			throw new DomainException("freedoms.publish.locked");
		}
		if (sources.isEmpty() || !sources.stream().allMatch(Source::mayPublish)) {
			throw new DomainException("freedoms.publish.no-consent");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("freedoms.publish.invalid", java.util.Map.of("publishedTitle", "freedoms.publish.title-required"));
		}
		if (to == null || to == Tier.INTERNAL) {
			throw new DomainException("freedoms.publish.tier-required");
		}
		this.tier = to;
		this.publishedTitle = title.strip();
		this.publishedNarrative = narrative == null ? null : narrative.strip();
		this.embargoUntil = embargo;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	/** Takes the published copy back. */
	public void withdraw(Instant now) {
		tier = Tier.INTERNAL;
		updatedAt = now;
	}

	/** Adds an act; its victims must be the event's. */
	public Act addAct(ActInput input, Instant now) {
		requireNotClosed();
		Set<Long> known = new HashSet<>();
		victims.forEach(v -> known.add(v.getId()));
		if (!known.containsAll(input.victimIds())) {
			throw new DomainException("freedoms.act.unknown-victim");
		}
		Act act = new Act(input);
		acts.add(act);
		updatedAt = now;
		return act;
	}

	/** Adds a victim, identity already sealed. */
	public Victim addVictim(VictimInput input, String sealed, Instant now) {
		requireNotClosed();
		Victim victim = new Victim(input, sealed);
		victims.add(victim);
		updatedAt = now;
		return victim;
	}

	/** Adds a source, identity already sealed. */
	public Source addSource(SourceInput input, String sealed, Instant now) {
		requireNotClosed();
		Source source = new Source(input, sealed);
		sources.add(source);
		updatedAt = now;
		return source;
	}

	/** Records an intervention (also on a closed event: follow-up continues). */
	public Intervention addIntervention(InterventionInput input, Instant now) {
		Intervention intervention = new Intervention(input);
		interventions.add(intervention);
		updatedAt = now;
		return intervention;
	}

	/** Records the response to an intervention. */
	public void recordResponse(long interventionId, String response, LocalDate on, Instant now) {
		interventions.stream().filter(i -> Objects.equals(i.getId(), interventionId)).findFirst()
			.orElseThrow(() -> new DomainException("freedoms.intervention.not-found"))
			.respond(response, on);
		updatedAt = now;
	}

	/** What the read rule needs to know. */
	public AccessFacts accessFacts() {
		return AccessFacts.of(governorateCode, tier, AccessFacts.startOf(embargoUntil), null);
	}

	private void move(EventStatus from, EventStatus to, Instant now) {
		if (status != from) {
			throw new ConflictException("freedoms.event.invalid-transition", status.name(), to.name());
		}
		status = to;
		updatedAt = now;
	}

	private void requireNotClosed() {
		if (status == EventStatus.CLOSED) {
			throw new ConflictException("freedoms.event.closed");
		}
	}

	private void apply(EventDetails details, Instant now) {
		if (details.dateTo() != null && details.dateFrom() != null && details.dateTo().isBefore(details.dateFrom())) {
			throw new InvalidInputException("freedoms.event.invalid", java.util.Map.of("dateTo", "freedoms.event.date-range"));
		}
		this.title = details.title().strip();
		this.narrative = details.narrative();
		this.eventType = details.eventType();
		this.rights = new HashSet<>(details.rights());
		this.dateFrom = details.dateFrom();
		this.dateTo = details.dateTo();
		this.governorateCode = details.governorateCode();
		this.place = details.place().strip();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.confidence = details.confidence();
		this.risk = details.risk();
		this.riskNote = details.riskNote();
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public String getGovernorateCode() {
		return governorateCode;
	}

	public EventStatus getStatus() {
		return status;
	}

	public Tier getTier() {
		return tier;
	}

	public long getVersion() {
		return version;
	}

	public String getNarrative() {
		return narrative;
	}

	public String getReporterSealed() {
		return reporterSealed;
	}

	public boolean isDoNotPublish() {
		return doNotPublish;
	}

	public List<Victim> getVictims() {
		return List.copyOf(victims);
	}

	public List<Source> getSources() {
		return List.copyOf(sources);
	}

	public List<Act> getActs() {
		return List.copyOf(acts);
	}

	public EventDetails details() {
		return new EventDetails(title, narrative, eventType, rights, dateFrom, dateTo, governorateCode, place,
				latitude, longitude, confidence, risk, riskNote);
	}

	public EventSummary toSummary() {
		return new EventSummary(id == null ? 0 : id, reference, title, eventType, dateFrom, governorateCode, status,
				channel, tier, doNotPublish, updatedAt, version);
	}

	public EventView toView() {
		return new EventView(toSummary(), details(), reporterAccountId, reporterSealed != null, embargoUntil,
				publishedTitle, publishedNarrative, publishedAt, acts.stream().map(Act::toView).toList(),
				victims.stream().map(Victim::toView).toList(), sources.stream().map(Source::toView).toList(),
				interventions.stream().map(Intervention::toView).toList());
	}

	public String getPublishedTitle() {
		return publishedTitle;
	}

	public String getPublishedNarrative() {
		return publishedNarrative;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public LocalDate getEmbargoUntil() {
		return embargoUntil;
	}
}
