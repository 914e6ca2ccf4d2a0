package ps.rasd.registry.domain;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;

@Entity
@Table(name = "registry_facility")
public class Facility {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Embedded
	private LocalizedText name;

	private String typeCode;

	private long sectorId;

	private long authorityId;

	private String governorateCode;

	private Long placeId;

	private Double latitude;

	private Double longitude;

	private String address;

	@Enumerated(EnumType.STRING)
	private FacilityStatus status;

	private String searchKey;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Facility() {
	}

	public Facility(FacilityDetails details, long sectorId, Instant now) {
		this.createdAt = now;
		apply(details, sectorId, now);
	}

	/** Sets every field. Coordinates must both be given, inside Palestine's bounding box. */
	public void apply(FacilityDetails details, long sectorId, Instant now) {
		if ((details.latitude() == null) != (details.longitude() == null)) {
			throw new DomainException("registry.facility.coordinates-invalid");
		}
		if (details.latitude() != null && (details.latitude() < 29.4 || details.latitude() > 33.4
				|| details.longitude() < 34.2 || details.longitude() > 35.6)) {
			throw new DomainException("registry.facility.coordinates-invalid");
		}
		this.name = details.name();
		this.typeCode = details.typeCode();
		this.sectorId = sectorId;
		this.authorityId = details.authorityId();
		this.governorateCode = details.governorateCode();
		this.placeId = details.placeId();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.address = details.address() == null || details.address().isBlank() ? null : details.address().strip();
		this.status = details.status() == null ? FacilityStatus.OPEN : details.status();
		this.searchKey = ArabicText.searchKey(name.ar()) + " | " + ArabicText.searchKey(name.en());
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getSectorId() {
		return sectorId;
	}

	public String getGovernorateCode() {
		return governorateCode;
	}

	public long getVersion() {
		return version;
	}

	public FacilitySummary toSummary(String sectorCode) {
		return new FacilitySummary(id == null ? 0 : id, name, typeCode, sectorCode, authorityId, governorateCode,
				placeId, latitude, longitude, address, status, updatedAt, version);
	}
}
