package ps.rasd.media.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ps.rasd.media.ArticleDraft;
import ps.rasd.media.RevisionView;

/** A saved revision of an article, kept unchanged. */
@Entity
@Table(name = "media_article_revision")
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private int revision;

	private String titleAr;

	private String titleEn;

	private String summaryAr;

	private String summaryEn;

	private String bodyAr;

	private String bodyEn;

	private Instant savedAt;

	private Long savedBy;

	protected ArticleRevision() {
	}

	ArticleRevision(Long articleId, int revision, String titleAr, String titleEn, String summaryAr, String summaryEn,
			String bodyAr, String bodyEn, Instant savedAt, Long savedBy) {
		this.articleId = articleId;
		this.revision = revision;
		this.titleAr = titleAr;
		this.titleEn = titleEn;
		this.summaryAr = summaryAr;
		this.summaryEn = summaryEn;
		this.bodyAr = bodyAr;
		this.bodyEn = bodyEn;
		this.savedAt = savedAt;
		this.savedBy = savedBy;
	}

	public RevisionView view() {
		return new RevisionView(revision, titleAr, bodyAr, savedAt, savedBy);
	}

	/** This revision's text as a draft to save again (restoring it), with the article's current slug and tags. */
	public ArticleDraft draft(String slug, String tags, String links) {
		return new ArticleDraft(slug, titleAr, titleEn, summaryAr, summaryEn, bodyAr, bodyEn, tags, links);
	}
}
