package ps.rasd.registry.domain;

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

import ps.rasd.shared.LocalizedText;

@Entity
@Table(name = "registry_sector")
public class Sector {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	private LocalizedText name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalizedText description;

	private int sortOrder;

	private boolean active = true;

	@Version
	private long version;

	protected Sector() {
	}

	public Sector(String code, LocalizedText name, LocalizedText description, int sortOrder) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.sortOrder = sortOrder;
	}

	public void rename(LocalizedText name, LocalizedText description, boolean active) {
		this.name = name;
		this.description = description;
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public LocalizedText getName() {
		return name;
	}

	public LocalizedText getDescription() {
		return description;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}
}
