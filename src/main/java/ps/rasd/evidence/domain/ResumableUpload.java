package ps.rasd.evidence.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file being received in pieces: who sends it, how long it will be, and when it is given up if no piece comes. The
 * bytes received so far are the file on disk; their count is the offset the next piece starts from.
 */
@Entity
@Table(name = "evidence_upload")
public class ResumableUpload {

	@Id
	private String id;

	private long ownerId;

	@Column(name = "upload_length")
	private long length;

	private String fileName;

	private Instant createdAt;

	private Instant expiresAt;

	private long received;

	private Instant writingUntil;

	protected ResumableUpload() {
	}

	public ResumableUpload(String id, long ownerId, long length, String fileName, Instant createdAt,
			Instant expiresAt) {
		this.id = id;
		this.ownerId = ownerId;
		this.length = length;
		this.fileName = fileName;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** A piece arrived: the upload is kept longer. */
	public void touched(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

	/** The bytes received so far, kept as pieces in the file store. */
	public long getReceived() {
		return received;
	}

	public String getId() {
		return id;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public long getLength() {
		return length;
	}

	public String getFileName() {
		return fileName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}
}
