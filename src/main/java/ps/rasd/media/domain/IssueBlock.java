package ps.rasd.media.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.media.BlockKind;

/** A block of an issue: a text (safe HTML) or a list drawn from Rasd at sending time, then kept as sent. */
@Entity
@Table(name = "media_issue_block")
public class IssueBlock {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Enumerated(EnumType.STRING)
	private BlockKind kind;

	private String bodyAr;

	private String bodyEn;

	protected IssueBlock() {
	}

	IssueBlock(int position, BlockKind kind, String bodyAr, String bodyEn) {
		this.position = position;
		this.kind = kind;
		this.bodyAr = SafeHtml.clean(bodyAr);
		this.bodyEn = SafeHtml.clean(bodyEn);
	}

	void moveTo(int position) {
		this.position = position;
	}

	void freeze(String ar, String en) {
		this.bodyAr = ar;
		this.bodyEn = en;
	}

	public int getPosition() {
		return position;
	}

	public BlockKind getKind() {
		return kind;
	}

	public String getBodyAr() {
		return bodyAr;
	}

	public String getBodyEn() {
		return bodyEn;
	}
}
