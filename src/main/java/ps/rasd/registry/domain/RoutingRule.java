package ps.rasd.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.registry.RoutingRuleSummary;

@Entity
@Table(name = "registry_routing_rule")
public class RoutingRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sectorId;

	private String governorateCode;

	private String facilityTypeCode;

	private long authorityId;

	protected RoutingRule() {
	}

	public RoutingRule(long sectorId, String governorateCode, String facilityTypeCode, long authorityId) {
		this.sectorId = sectorId;
		this.governorateCode = governorateCode;
		this.facilityTypeCode = facilityTypeCode;
		this.authorityId = authorityId;
	}

	public long getSectorId() {
		return sectorId;
	}

	public String getFacilityTypeCode() {
		return facilityTypeCode;
	}

	public long getAuthorityId() {
		return authorityId;
	}

	public RoutingRuleSummary toSummary(String sectorCode) {
		return new RoutingRuleSummary(id, sectorCode, governorateCode, facilityTypeCode, authorityId);
	}
}
