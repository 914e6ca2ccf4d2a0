package ps.rasd.media.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.media.BlockKind;
import ps.rasd.media.IssueStatus;
import ps.rasd.shared.ConflictException;

/**
 * A newsletter issue: blocks in order, composed while a DRAFT; frozen when sending starts (SENDING, the recipients
 * queued in chunks, {@code queuedUpTo} the last subscriber id queued, so a stop resumes without sending twice), then
 * SENT.
 */
@Entity
@Table(name = "media_issue")
public class Issue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	private String subjectAr;

	private String subjectEn;

	@Enumerated(EnumType.STRING)
	private IssueStatus status;

	private Instant createdAt;

	private Instant sentAt;

	private int recipients;

	private long queuedUpTo;

	private boolean demo;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "issue_id", nullable = false)
	@OrderBy("position")
	private List<IssueBlock> blocks = new ArrayList<>();

	@Version
	private long version;

	protected Issue() {
	}

	public Issue(int number, String subjectAr, String subjectEn, boolean demo, Instant now) {
		this.number = number;
		this.subjectAr = subjectAr.strip();
		this.subjectEn = subjectEn == null || subjectEn.isBlank() ? null : subjectEn.strip();
		this.status = IssueStatus.DRAFT;
		this.demo = demo;
		this.createdAt = now;
	}

	public void add(BlockKind kind, String bodyAr, String bodyEn) {
		requireDraft();
		blocks.add(new IssueBlock(blocks.size() + 1, kind, bodyAr, bodyEn));
	}

	public void remove(int position) {
		requireDraft();
		blocks.removeIf(b -> b.getPosition() == position);
		for (int i = 0; i < blocks.size(); i++) {
			blocks.get(i).moveTo(i + 1);
		}
	}

	/** Sending starts: the blocks are frozen with what they show now (the latest news as of today). */
	public void startSending(List<String[]> frozen, Instant now) {
		requireDraft();
		for (int i = 0; i < blocks.size(); i++) {
			blocks.get(i).freeze(frozen.get(i)[0], frozen.get(i)[1]);
		}
		status = IssueStatus.SENDING;
		sentAt = now;
	}

	public void queued(long upTo, int count) {
		queuedUpTo = upTo;
		recipients += count;
	}

	public void finished() {
		status = IssueStatus.SENT;
	}

	private void requireDraft() {
		if (status != IssueStatus.DRAFT) {
			throw new ConflictException("media.issue.not-draft", number);
		}
	}

	public Long getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public String getSubjectAr() {
		return subjectAr;
	}

	public String getSubjectEn() {
		return subjectEn;
	}

	public IssueStatus getStatus() {
		return status;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public int getRecipients() {
		return recipients;
	}

	public long getQueuedUpTo() {
		return queuedUpTo;
	}

	public boolean isDemo() {
		return demo;
	}

	public List<IssueBlock> getBlocks() {
		return blocks;
	}
}
