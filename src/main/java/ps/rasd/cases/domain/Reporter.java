package ps.rasd.cases.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import ps.rasd.cases.ReporterDetails;

/**
 * The sealed identity of a case's reporter, kept apart from the case. Its id is its case's, so a new one says so
 * ({@link Persistable}): saving it inserts it without first reading whether it exists.
 */
@Entity
@Table(name = "cases_reporter")
public class Reporter implements Persistable<Long> {

	@Id
	private Long caseId;

	private String name;

	private String phone;

	private String email;

	private boolean anonymous;

	private boolean wantsUpdates;

	private String language;

	private Instant erasedAt;

	@Transient
	private boolean fresh;

	protected Reporter() {
	}

	public Reporter(long caseId, ReporterDetails details) {
		this.caseId = caseId;
		this.name = details.name();
		this.phone = details.phone();
		this.email = details.email();
		this.anonymous = details.anonymous();
		this.wantsUpdates = details.wantsUpdates() && details.email() != null;
		this.language = details.language();
		this.fresh = true;
	}

	@Override
	public Long getId() {
		return caseId;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		fresh = false;
	}

	/** Removes the person's identity and contacts, keeping the fact that someone reported. */
	public void erase(Instant now) {
		name = null;
		phone = null;
		email = null;
		wantsUpdates = false;
		erasedAt = now;
	}

	public Instant getErasedAt() {
		return erasedAt;
	}

	public ReporterDetails toDetails() {
		return new ReporterDetails(name, phone, email, anonymous, wantsUpdates, language);
	}
}
