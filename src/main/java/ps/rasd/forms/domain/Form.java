package ps.rasd.forms.domain;

import java.time.Instant;

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
@Table(name = "forms_form")
public class Form {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalizedText title;

	private String sectorCode;

	private Instant createdAt;

	@Version
	private long version;

	protected Form() {
	}

	public Form(String code, LocalizedText title, String sectorCode, Instant now) {
		this.code = code;
		this.title = title;
		this.sectorCode = sectorCode;
		this.createdAt = now;
	}

	public void retitle(LocalizedText title) {
		this.title = title;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public String getSectorCode() {
		return sectorCode;
	}
}
