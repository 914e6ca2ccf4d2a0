package ps.rasd.media.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.media.ArticleDraft;
import ps.rasd.media.ArticleKind;
import ps.rasd.media.ArticleView;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;

/**
 * A page or news post of the website. Every save is a new revision (kept by the facade as an
 * {@link ArticleRevision}); the bodies are kept only as {@link SafeHtml}. A draft is {@code INTERNAL}; publishing
 * makes it {@code PUBLIC} from a time (now, or later: scheduled), withdrawing makes it a draft again.
 */
@Entity
@Table(name = "media_article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ArticleKind kind;

	private String slug;

	private String titleAr;

	private String titleEn;

	private String summaryAr;

	private String summaryEn;

	private String bodyAr;

	private String bodyEn;

	private String tags;

	private String links;

	private Long coverFileId;

	@Enumerated(EnumType.STRING)
	private Tier tier;

	private Instant publishedAt;

	private int revision;

	private Instant updatedAt;

	private Long updatedBy;

	private boolean demo;

	@Version
	private long version;

	protected Article() {
	}

	public Article(ArticleKind kind, ArticleDraft draft, boolean demo, Long by, Instant now) {
		this.kind = kind;
		this.tier = Tier.INTERNAL;
		this.demo = demo;
		write(draft, by, now);
	}

	/** Saves new text as the next revision; the slug may change while the article is a draft only. */
	public void write(ArticleDraft draft, Long by, Instant now) {
		if (slug != null && !slug.equals(draft.slug()) && tier == Tier.PUBLIC) {
			throw new DomainException("media.article.slug-fixed");
		}
		String safeAr = SafeHtml.clean(draft.bodyAr());
		if (safeAr == null) {
			throw new DomainException("media.article.body-empty");
		}
		slug = draft.slug();
		titleAr = draft.titleAr().strip();
		titleEn = blankToNull(draft.titleEn());
		summaryAr = blankToNull(draft.summaryAr());
		summaryEn = blankToNull(draft.summaryEn());
		bodyAr = safeAr;
		bodyEn = SafeHtml.clean(draft.bodyEn());
		tags = String.join(", ", list(draft.tags(), ","));
		links = String.join("\n", list(draft.links(), "\n").stream().filter(Article::localLink).toList());
		revision++;
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
		updatedBy = by;
	}

	/** Public from the given time on. */
	public void publish(Instant from, Instant now) {
		tier = Tier.PUBLIC;
		publishedAt = (from == null ? now : from).truncatedTo(ChronoUnit.MICROS);
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** A draft again: no longer public. */
	public void withdraw(Instant now) {
		tier = Tier.INTERNAL;
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public void cover(Long fileId) {
		this.coverFileId = fileId;
	}

	/** What the read rule needs to know. */
	public AccessFacts facts() {
		return AccessFacts.of(null, tier, tier == Tier.PUBLIC ? publishedAt : null, null);
	}

	public ArticleRevision snapshot() {
		return new ArticleRevision(id, revision, titleAr, titleEn, summaryAr, summaryEn, bodyAr, bodyEn, updatedAt,
				updatedBy);
	}

	public ArticleView view() {
		return new ArticleView(id, kind, slug, titleAr, titleEn, summaryAr, summaryEn, bodyAr, bodyEn,
				list(tags, ","), list(links, "\n"), coverFileId, tier == Tier.PUBLIC, publishedAt, revision,
				updatedAt, version, demo);
	}

	/** Only addresses within Rasd (a path) or on the web (http, https) are kept as related links. */
	static boolean localLink(String link) {
		return link.matches("/[A-Za-z0-9/._~%-]*") || link.matches("https?://[^\\s<>\"]+");
	}

	static List<String> list(String text, String separator) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public ArticleKind getKind() {
		return kind;
	}

	public String getSlug() {
		return slug;
	}

	public String getBodyAr() {
		return bodyAr;
	}
}
