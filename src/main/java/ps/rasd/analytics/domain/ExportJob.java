package ps.rasd.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.analytics.ExportFormat;
import ps.rasd.analytics.ExportJobView;
import ps.rasd.analytics.ExportRequest;
import ps.rasd.analytics.ExportStatus;

/**
 * An export written in the background: QUEUED, RUNNING with its progress, then DONE with its file or FAILED with an
 * error code. The background thread moves it through the conditional updates of {@link ExportJobRepository}.
 */
@Entity
@Table(name = "analytics_export_job")
public class ExportJob {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ownerId;

	private String source;

	@Enumerated(EnumType.STRING)
	private ExportFormat format;

	private String governorateCode;

	private String sectorCode;

	@Column(name = "date_from")
	private LocalDate from;

	@Column(name = "date_to")
	private LocalDate to;

	private boolean hxl;

	private String language;

	@Enumerated(EnumType.STRING)
	private ExportStatus status;

	private long rowsWritten;

	private Long totalEstimate;

	private String fileName;

	private Long fileSize;

	private String errorCode;

	private Instant createdAt;

	private Instant startedAt;

	private Instant updatedAt;

	private Instant finishedAt;

	private Instant expiresAt;

	@Version
	private long version;

	protected ExportJob() {
	}

	/** A job waiting for its turn. */
	public ExportJob(ExportRequest request, long ownerId, Instant now) {
		this.ownerId = ownerId;
		this.source = request.source();
		this.format = request.format();
		this.governorateCode = request.governorateCode();
		this.sectorCode = request.sectorCode();
		this.from = request.from();
		this.to = request.to();
		this.hxl = request.hxl();
		this.language = request.language().getLanguage();
		this.status = ExportStatus.QUEUED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The request it was made from. */
	public ExportRequest request() {
		return new ExportRequest(source, format, governorateCode, sectorCode, from, to, hxl,
				Locale.forLanguageTag(language));
	}

	public ExportJobView toView() {
		return new ExportJobView(id, source, format, status, rowsWritten, totalEstimate, governorateCode, sectorCode,
				from, to, hxl, createdAt, finishedAt, expiresAt, errorCode, fileSize);
	}

	public Long getId() {
		return id;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public ExportStatus getStatus() {
		return status;
	}

	public String getFileName() {
		return fileName;
	}

	public Long getFileSize() {
		return fileSize;
	}

	public String getSource() {
		return source;
	}

	public ExportFormat getFormat() {
		return format;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
