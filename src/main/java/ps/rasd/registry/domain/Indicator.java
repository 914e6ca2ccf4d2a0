package ps.rasd.registry.domain;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.registry.IndicatorSummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;

@Entity
@Table(name = "registry_indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sectorId;

	private String code;

	@Embedded
	private LocalizedText name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalizedText description;

	private int scaleMin;

	private int scaleMax;

	private BigDecimal weight;

	private boolean higherIsBetter;

	private int sortOrder;

	private boolean active = true;

	@Version
	private long version;

	protected Indicator() {
	}

	public Indicator(long sectorId, String code, LocalizedText name, LocalizedText description, BigDecimal weight,
			boolean higherIsBetter, int sortOrder) {
		this.sectorId = sectorId;
		this.code = code;
		this.sortOrder = sortOrder;
		this.scaleMin = 0;
		this.scaleMax = 100;
		change(name, description, weight, higherIsBetter, true);
	}

	/** Changes what the indicator is called and how much it weighs; the weight must be positive. */
	public void change(LocalizedText name, LocalizedText description, BigDecimal weight, boolean higherIsBetter,
			boolean active) {
		if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new DomainException("registry.indicator.weight-invalid");
		}
		this.name = name;
		this.description = description;
		this.weight = weight;
		this.higherIsBetter = higherIsBetter;
		this.active = active;
	}

	public long getSectorId() {
		return sectorId;
	}

	public long getVersion() {
		return version;
	}

	public IndicatorSummary toSummary(String sectorCode) {
		return new IndicatorSummary(id, sectorCode, code, name, description, scaleMin, scaleMax, weight,
				higherIsBetter, active);
	}
}
