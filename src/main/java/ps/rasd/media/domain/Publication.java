package ps.rasd.media.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.media.PublicationDraft;
import ps.rasd.media.PublicationKind;
import ps.rasd.media.PublicationView;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;

/**
 * A publication of the library: its facts, its PDF (an evidence file) and whether it is published. It cannot be
 * published without its PDF. The download count is raised by the repository in one update, never read and written.
 */
@Entity
@Table(name = "media_publication")
public class Publication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private PublicationKind kind;

	private String titleAr;

	private String titleEn;

	private String authors;

	private LocalDate issuedOn;

	private String language;

	private String topics;

	private String sectorCode;

	private String governorates;

	private String abstractAr;

	private String abstractEn;

	private String links;

	private Long fileId;

	private Long fileSize;

	private Integer pages;

	private Long coverFileId;

	@Enumerated(EnumType.STRING)
	private Tier tier;

	private Instant publishedAt;

	private long downloads;

	private Instant updatedAt;

	private boolean demo;

	@Version
	private long version;

	protected Publication() {
	}

	public Publication(PublicationDraft draft, boolean demo, Instant now) {
		this.tier = Tier.INTERNAL;
		this.demo = demo;
		describe(draft, now);
	}

	public void describe(PublicationDraft draft, Instant now) {
		slug = draft.slug();
		kind = draft.kind();
		titleAr = draft.titleAr().strip();
		titleEn = blankToNull(draft.titleEn());
		authors = draft.authors().strip();
		issuedOn = draft.issuedOn();
		language = draft.language();
		topics = String.join(", ", Article.list(draft.topics(), ","));
		sectorCode = blankToNull(draft.sectorCode());
		governorates = String.join(",", Article.list(draft.governorates(), ","));
		abstractAr = blankToNull(draft.abstractAr());
		abstractEn = blankToNull(draft.abstractEn());
		links = String.join("\n", Article.list(draft.links(), "\n").stream().filter(Article::localLink).toList());
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public void attach(long fileId, long size, int pages, Instant now) {
		this.fileId = fileId;
		this.fileSize = size;
		this.pages = pages;
		this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public void publish(Instant now) {
		if (fileId == null) {
			throw new DomainException("media.publication.no-file");
		}
		tier = Tier.PUBLIC;
		publishedAt = now.truncatedTo(ChronoUnit.MICROS);
		updatedAt = publishedAt;
	}

	public void withdraw(Instant now) {
		tier = Tier.INTERNAL;
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public AccessFacts facts() {
		return AccessFacts.of(null, tier, tier == Tier.PUBLIC ? publishedAt : null, null);
	}

	public PublicationView view() {
		return new PublicationView(id, slug, kind, titleAr, titleEn, authors, issuedOn, language,
				Article.list(topics, ","), sectorCode, Article.list(governorates, ","), abstractAr, abstractEn,
				Article.list(links, "\n"), fileId, fileSize, pages, tier == Tier.PUBLIC, publishedAt, downloads,
				updatedAt, version, demo);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public Long getFileId() {
		return fileId;
	}
}
