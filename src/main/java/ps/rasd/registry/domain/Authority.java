package ps.rasd.registry.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.EmailAddress;
import ps.rasd.shared.LocalizedText;

@Entity
@Table(name = "registry_authority")
public class Authority {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long parentId;

	@Enumerated(EnumType.STRING)
	private AuthorityKind kind;

	@Embedded
	private LocalizedText name;

	private String governorateCode;

	private Long sectorId;

	private String email;

	private String phone;

	private String address;

	private int replyDeadlineDays;

	private boolean active = true;

	@Version
	private long version;

	protected Authority() {
	}

	public Authority(AuthorityDetails details, Long sectorId) {
		apply(details, sectorId);
	}

	/** Sets every field; the reply deadline is between 1 and 365 days. */
	public void apply(AuthorityDetails details, Long sectorId) {
		if (details.replyDeadlineDays() < 1 || details.replyDeadlineDays() > 365) {
			throw new DomainException("registry.authority.deadline-invalid");
		}
		if (details.parentId() != null && details.parentId().equals(id)) {
			throw new DomainException("registry.authority.parent-invalid");
		}
		if (!EmailAddress.isAbsentOrValid(details.email())) {
			throw new DomainException("registry.authority.email-invalid");
		}
		this.parentId = details.parentId();
		this.kind = details.kind();
		this.name = details.name();
		this.governorateCode = blankToNull(details.governorateCode());
		this.sectorId = sectorId;
		this.email = blankToNull(details.email());
		this.phone = blankToNull(details.phone());
		this.address = blankToNull(details.address());
		this.replyDeadlineDays = details.replyDeadlineDays();
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public long getVersion() {
		return version;
	}

	public Long getSectorId() {
		return sectorId;
	}

	public AuthoritySummary toSummary(String sectorCode) {
		return new AuthoritySummary(id == null ? 0 : id, parentId, kind, name, governorateCode, sectorCode, email,
				phone, address, replyDeadlineDays, active, version);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
