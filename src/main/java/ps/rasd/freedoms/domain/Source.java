package ps.rasd.freedoms.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.freedoms.EventView;
import ps.rasd.freedoms.Reliability;
import ps.rasd.freedoms.SourceInput;

/** A source of an event with the consent it gave; the identity is kept only in {@code sealed}, encrypted. */
@Entity
@Table(name = "freedoms_source")
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sourceType;

	@Enumerated(EnumType.STRING)
	private Reliability reliability;

	private LocalDate receivedOn;

	private boolean consentPublish;

	private boolean consentName;

	private boolean consentContact;

	private String sealed;

	protected Source() {
	}

	Source(SourceInput input, String sealed) {
		this.sourceType = input.sourceType();
		this.reliability = input.reliability();
		this.receivedOn = input.receivedOn();
		this.consentPublish = input.mayPublish();
		this.consentName = input.mayName();
		this.consentContact = input.mayContact();
		this.sealed = sealed;
	}

	public Long getId() {
		return id;
	}

	public String getSealed() {
		return sealed;
	}

	public boolean mayPublish() {
		return consentPublish;
	}

	public boolean mayName() {
		return consentName;
	}

	EventView.Source toView() {
		return new EventView.Source(id == null ? 0 : id, sourceType, reliability, receivedOn, consentPublish,
				consentName, consentContact, sealed != null);
	}
}
