package ps.rasd.registry.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.registry.FacilityTypeSummary;
import ps.rasd.shared.LocalizedText;

@Entity
@Table(name = "registry_facility_type")
public class FacilityType {

	@Id
	private String code;

	private long sectorId;

	@Embedded
	private LocalizedText name;

	private int sortOrder;

	protected FacilityType() {
	}

	public FacilityType(String code, long sectorId, LocalizedText name, int sortOrder) {
		this.code = code;
		this.sectorId = sectorId;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return code;
	}

	public long getSectorId() {
		return sectorId;
	}

	public FacilityTypeSummary toSummary(String sectorCode) {
		return new FacilityTypeSummary(code, sectorCode, name);
	}
}
