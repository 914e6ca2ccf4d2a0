package ps.rasd.forms.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.FormJson;
import ps.rasd.forms.FormProblem;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.VersionStatus;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;

/**
 * One version of a form. Only a draft may change; publishing freezes it for good, so that every visit that answered
 * it can be read and scored again exactly as it was.
 */
@Entity
@Table(name = "forms_form_version")
public class FormVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long formId;

	private int number;

	@Enumerated(EnumType.STRING)
	private VersionStatus status;

	private String definition;

	private Instant createdAt;

	private Instant publishedAt;

	private String publishedBy;

	private Instant retiredAt;

	@Version
	private long version;

	protected FormVersion() {
	}

	public FormVersion(long formId, int number, FormDefinition definition, Instant now) {
		this.formId = formId;
		this.number = number;
		this.status = VersionStatus.DRAFT;
		this.definition = FormJson.write(definition);
		this.createdAt = now;
	}

	/** Replaces the draft's definition. */
	public void edit(FormDefinition changed) {
		if (status != VersionStatus.DRAFT) {
			throw new ConflictException("forms.version.not-draft");
		}
		this.definition = FormJson.write(changed);
	}

	/**
	 * Publishes the draft with the given definition (the draft's, with indicator weights copied in).
	 * @throws DomainException {@code forms.version.problems} when the definition has problems
	 */
	public void publish(FormDefinition withWeights, String by, Instant now) {
		if (status != VersionStatus.DRAFT) {
			throw new ConflictException("forms.version.not-draft");
		}
		var problems = withWeights.problems();
		if (!problems.isEmpty()) {
			throw new DomainException("forms.version.problems", problems.size(),
					problems.stream().map(FormProblem::where).distinct().toList());
		}
		this.definition = FormJson.write(withWeights);
		this.status = VersionStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishedBy = by;
	}

	/** A newer version replaces this one: no new answers to it. */
	public void retire(Instant now) {
		if (status == VersionStatus.PUBLISHED) {
			status = VersionStatus.RETIRED;
			retiredAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public long getFormId() {
		return formId;
	}

	public int getNumber() {
		return number;
	}

	public VersionStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

	public FormDefinition definition() {
		return FormJson.read(definition);
	}

	public FormVersionSummary toSummary(String formCode) {
		return toSummary(formCode, definition());
	}

	/** With a definition already read from this version. */
	public FormVersionSummary toSummary(String formCode, FormDefinition read) {
		return new FormVersionSummary(id, formId, formCode, number, status, publishedAt, read, version);
	}
}
