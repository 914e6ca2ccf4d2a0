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
import ps.rasd.freedoms.InterventionInput;
import ps.rasd.freedoms.InterventionKind;

/** What the forum did about an event and the response, with their days. */
@Entity
@Table(name = "freedoms_intervention")
public class Intervention {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private InterventionKind kind;

	private String addressedTo;

	private LocalDate madeOn;

	private String response;

	private LocalDate responseOn;

	protected Intervention() {
	}

	Intervention(InterventionInput input) {
		this.kind = input.kind();
		this.addressedTo = input.addressedTo();
		this.madeOn = input.madeOn();
		this.response = input.response();
		this.responseOn = input.responseOn();
	}

	void respond(String response, LocalDate on) {
		this.response = response;
		this.responseOn = on;
	}

	public Long getId() {
		return id;
	}

	EventView.Intervention toView() {
		return new EventView.Intervention(id == null ? 0 : id, kind, addressedTo, madeOn, response, responseOn);
	}
}
