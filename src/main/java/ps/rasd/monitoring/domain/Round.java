package ps.rasd.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.monitoring.RoundSummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;

@Entity
@Table(name = "monitoring_round")
public class Round {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Embedded
	private LocalizedText name;

	private long formId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "monitoring_round_governorate", joinColumns = @JoinColumn(name = "round_id"))
	@Column(name = "governorate_code")
	private Set<String> governorates = new TreeSet<>();

	protected Round() {
	}

	public Round(LocalizedText name, long formId, Set<String> governorates, LocalDate startsOn, LocalDate endsOn,
			long createdBy, Instant now) {
		if (governorates.isEmpty()) {
			throw new DomainException("monitoring.round.governorates-required");
		}
		if (endsOn.isBefore(startsOn)) {
			throw new DomainException("monitoring.round.dates");
		}
		this.name = name;
		this.formId = formId;
		this.governorates.addAll(governorates);
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public RoundSummary toSummary() {
		return new RoundSummary(id, name, formId, Set.copyOf(governorates), startsOn, endsOn);
	}
}
