package ps.rasd.freedoms.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.freedoms.Term;
import ps.rasd.freedoms.TermKind;
import ps.rasd.shared.LocalizedText;

/** One entry of a vocabulary; its code never changes once records use it. */
@Entity
@Table(name = "freedoms_term")
public class TermEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private TermKind kind;

	private String code;

	private String labelAr;

	private String labelEn;

	private String huridocsCode;

	private boolean active;

	private int position;

	@Version
	private long version;

	protected TermEntry() {
	}

	public TermEntry(TermKind kind, String code, LocalizedText label, String huridocsCode, int position) {
		this.kind = kind;
		this.code = code;
		this.active = true;
		this.position = position;
		relabel(label, huridocsCode, true);
	}

	/** New labels and mapping; the code stays. */
	public void relabel(LocalizedText label, String huridocsCode, boolean active) {
		this.labelAr = label.ar();
		this.labelEn = label.en();
		this.huridocsCode = huridocsCode == null || huridocsCode.isBlank() ? null : huridocsCode.strip();
		this.active = active;
	}

	public Term toTerm() {
		return new Term(id == null ? 0 : id, kind, code, new LocalizedText(labelAr, labelEn), huridocsCode, active,
				position);
	}
}
