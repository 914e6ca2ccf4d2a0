package ps.rasd.evidence.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.evidence.EvidenceSummary;

@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "sha256_received")
	private String sha256Received;

	@Column(name = "sha256_stored")
	private String sha256Stored;

	@Column(name = "thumbnail_sha256")
	private String thumbnailSha256;

	@Column(name = "sealed_sha256")
	private String sealedSha256;

	private String mediaType;

	private long sizeBytes;

	private Integer width;

	private Integer height;

	private String subjectType;

	private String subjectId;

	private String governorateCode;

	private long uploadedBy;

	private Instant uploadedAt;

	@Version
	private long version;

	protected EvidenceFile() {
	}

	public EvidenceFile(String sha256Received, String sha256Stored, String thumbnailSha256, String mediaType,
			long sizeBytes, Integer width, Integer height, String subjectType, String subjectId, String governorateCode,
			long uploadedBy, Instant uploadedAt) {
		this.sha256Received = sha256Received;
		this.sha256Stored = sha256Stored;
		this.thumbnailSha256 = thumbnailSha256;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.width = width;
		this.height = height;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.governorateCode = governorateCode;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public String getSha256Stored() {
		return sha256Stored;
	}

	/** Keeps the encrypted untouched original. */
	public void sealOriginal(String sha256) {
		this.sealedSha256 = sha256;
	}

	public String getSealedSha256() {
		return sealedSha256;
	}

	public String getThumbnailSha256() {
		return thumbnailSha256;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public String getSubjectId() {
		return subjectId;
	}

	public String getGovernorateCode() {
		return governorateCode;
	}

	public EvidenceSummary toSummary() {
		return new EvidenceSummary(id, mediaType, sizeBytes, width, height, sha256Received, sha256Stored,
				thumbnailSha256 != null, sealedSha256 != null, subjectType, subjectId, governorateCode, uploadedAt);
	}
}
