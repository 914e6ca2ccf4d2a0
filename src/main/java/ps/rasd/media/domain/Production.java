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

import ps.rasd.media.ProductionDraft;
import ps.rasd.media.ProductionKind;
import ps.rasd.media.ProductionView;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;

/**
 * A media production: its facts, its file or outside link, and whether it is published. It cannot be published
 * without something to watch or hear (a file or a link) or, for a sketch, a description.
 */
@Entity
@Table(name = "media_production")
public class Production {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String kindCode;

	private String titleAr;

	private String titleEn;

	private String summaryAr;

	private String summaryEn;

	private String about;

	private String partner;

	private LocalDate producedOn;

	private LocalDate releasedOn;

	private String link;

	private Long fileId;

	private String fileType;

	private Long fileSize;

	@Enumerated(EnumType.STRING)
	private Tier tier;

	private Instant publishedAt;

	private Instant updatedAt;

	private boolean demo;

	@Version
	private long version;

	protected Production() {
	}

	public Production(ProductionDraft draft, boolean demo, Instant now) {
		this.tier = Tier.INTERNAL;
		this.demo = demo;
		describe(draft, now);
	}

	public void describe(ProductionDraft draft, Instant now) {
		slug = draft.slug();
		kindCode = draft.kindCode();
		titleAr = draft.titleAr().strip();
		titleEn = blankToNull(draft.titleEn());
		summaryAr = blankToNull(draft.summaryAr());
		summaryEn = blankToNull(draft.summaryEn());
		about = blankToNull(draft.about());
		partner = blankToNull(draft.partner());
		producedOn = draft.producedOn();
		releasedOn = draft.releasedOn();
		link = blankToNull(draft.link());
		if (link != null && !link.matches("https?://[^\\s<>\"]+")) {
			throw new DomainException("media.production.bad-link");
		}
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public void attach(long fileId, String type, long size, Instant now) {
		this.fileId = fileId;
		this.fileType = type;
		this.fileSize = size;
		this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public void publish(Instant now) {
		if (fileId == null && link == null && summaryAr == null) {
			throw new DomainException("media.production.nothing-to-show");
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

	public ProductionView view(ProductionKind kind) {
		return new ProductionView(id, slug, kind, titleAr, titleEn, summaryAr, summaryEn, about, partner, producedOn,
				releasedOn, link, fileId, fileType, fileSize, tier == Tier.PUBLIC, publishedAt, updatedAt, version,
				demo);
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

	public String getKindCode() {
		return kindCode;
	}

	public long getVersion() {
		return version;
	}
}
