package ps.rasd.freedoms.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ps.rasd.freedoms.ActInput;
import ps.rasd.freedoms.EventView;

/** An act within an event: its type, day, the victims it touched and the types of its alleged perpetrators. */
@Entity
@Table(name = "freedoms_act")
public class Act {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String actType;

	private LocalDate actDate;

	@ElementCollection
	@CollectionTable(name = "freedoms_act_victim", joinColumns = @JoinColumn(name = "act_id"))
	@Column(name = "victim_id")
	private Set<Long> victimIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "freedoms_act_perpetrator", joinColumns = @JoinColumn(name = "act_id"))
	@Column(name = "perpetrator_type")
	private Set<String> perpetratorTypes = new HashSet<>();

	protected Act() {
	}

	Act(ActInput input) {
		this.actType = input.actType();
		this.actDate = input.actDate();
		this.victimIds = new HashSet<>(input.victimIds());
		this.perpetratorTypes = new HashSet<>(input.perpetratorTypes());
	}

	public Long getId() {
		return id;
	}

	EventView.Act toView() {
		return new EventView.Act(id == null ? 0 : id, actType, actDate, Set.copyOf(victimIds),
				Set.copyOf(perpetratorTypes));
	}
}
