package ps.rasd.freedoms.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.freedoms.AgeGroup;
import ps.rasd.freedoms.EventView;
import ps.rasd.freedoms.Sex;
import ps.rasd.freedoms.VictimInput;
import ps.rasd.freedoms.VictimKind;

/** A victim of an event; the identity is kept only in {@code sealed}, encrypted. */
@Entity
@Table(name = "freedoms_victim")
public class Victim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private VictimKind kind;

	private String description;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	@Enumerated(EnumType.STRING)
	private AgeGroup ageGroup;

	private String profession;

	private String governorateCode;

	private String sealed;

	protected Victim() {
	}

	Victim(VictimInput input, String sealed) {
		this.kind = input.kind();
		this.description = input.description() == null || input.description().isBlank() ? null
				: input.description().strip();
		this.sex = input.sex();
		this.ageGroup = input.ageGroup();
		this.profession = input.profession();
		this.governorateCode = input.governorateCode();
		this.sealed = sealed;
	}

	public Long getId() {
		return id;
	}

	public String getSealed() {
		return sealed;
	}

	public String getProfession() {
		return profession;
	}

	EventView.Victim toView() {
		return new EventView.Victim(id == null ? 0 : id, kind, description, sex, ageGroup, profession,
				governorateCode, sealed != null);
	}
}
