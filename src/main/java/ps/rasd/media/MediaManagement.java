package ps.rasd.media;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.media.domain.Article;
import ps.rasd.media.domain.ArticleRepository;
import ps.rasd.media.domain.ArticleRevision;
import ps.rasd.media.domain.ArticleRevisionRepository;
import ps.rasd.media.domain.SafeHtml;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.JpaScope;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * The website's pages and news posts. Editors ({@link ReadRules#EDITORIAL}: administrators and coordinators) write,
 * publish and withdraw them; every save keeps a revision; the bodies are kept as safe HTML only. Everyone reads what
 * is published once its time has come. Each change publishes {@link SearchableChanged} for type {@code article}.
 */
@Service
@Transactional(readOnly = true)
public class MediaManagement {

	/** The kind of record in the search index. */
	public static final String SEARCH_TYPE = "article";

	/** The kind of record of cover images in the evidence store. */
	public static final String COVER_SUBJECT = "article";

	private static final int PAGE_MAX = 50;

	private static final JpaScope.Fields FIELDS = new JpaScope.Fields(null, "tier", "publishedAt", false, null, null,
			null);

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final EvidenceManagement evidence;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MediaManagement(ArticleRepository articles, ArticleRevisionRepository revisions, EvidenceManagement evidence,
			ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.evidence = evidence;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes a new page or post, as a draft (revision 1).
	 * @throws ForbiddenException {@code media.forbidden} unless the actor edits
	 * @throws ConflictException {@code media.article.slug-taken}
	 * @throws DomainException {@code media.article.body-empty} when nothing safe is left of the body
	 */
	@Transactional
	public ArticleView create(ArticleKind kind, ArticleDraft draft, RasdPrincipal actor) {
		return create(kind, draft, false, actor);
	}

	/** As {@link #create(ArticleKind, ArticleDraft, RasdPrincipal)}, marked as fictional demo content. */
	@Transactional
	public ArticleView create(ArticleKind kind, ArticleDraft draft, boolean demo, RasdPrincipal actor) {
		requireEditor(actor);
		if (articles.existsByKindAndSlug(kind, draft.slug())) {
			throw new ConflictException("media.article.slug-taken", draft.slug());
		}
		Article article = articles.saveAndFlush(new Article(kind, draft, demo, accountOf(actor), clock.instant()));
		revisions.save(article.snapshot());
		return changed(article);
	}

	/**
	 * Saves new text as the next revision (the earlier ones are kept).
	 * @throws ConflictException {@code media.article.stale} when someone saved in between
	 */
	@Transactional
	public ArticleView save(long id, long version, ArticleDraft draft, RasdPrincipal actor) {
		Article article = editable(id, actor);
		if (article.view().version() != version) {
			throw new ConflictException("media.article.stale", id);
		}
		if (!article.getSlug().equals(draft.slug()) && articles.existsByKindAndSlug(article.getKind(), draft.slug())) {
			throw new ConflictException("media.article.slug-taken", draft.slug());
		}
		article.write(draft, accountOf(actor), clock.instant());
		articles.saveAndFlush(article);
		revisions.save(article.snapshot());
		return changed(article);
	}

	/** Saves an earlier revision's text again, as the next revision. */
	@Transactional
	public ArticleView restore(long id, int revision, RasdPrincipal actor) {
		Article article = editable(id, actor);
		ArticleRevision earlier = revisions.findByArticleIdAndRevision(id, revision)
			.orElseThrow(() -> new NotFoundException("media.article.not-found", id));
		ArticleView now = article.view();
		return save(id, now.version(), earlier.draft(now.slug(), String.join(", ", now.tags()),
				String.join("\n", now.links())), actor);
	}

	/** Publishes it from the given time (now when {@code null}; a later time schedules it). */
	@Transactional
	public ArticleView publish(long id, Instant from, RasdPrincipal actor) {
		Article article = editable(id, actor);
		article.publish(from, clock.instant());
		return changed(article);
	}

	/** Makes it a draft again: it leaves the public site, the feed and the search. */
	@Transactional
	public ArticleView withdraw(long id, RasdPrincipal actor) {
		Article article = editable(id, actor);
		article.withdraw(clock.instant());
		return changed(article);
	}

	/**
	 * Sets the cover image: taken through the evidence checks (type from the bytes, images only, metadata removed).
	 * @throws DomainException {@code media.cover.not-image} and the evidence module's upload failures
	 */
	@Transactional
	public ArticleView cover(long id, InputStream image, RasdPrincipal actor) {
		Article article = editable(id, actor);
		EvidenceSummary file = evidence.upload(image, COVER_SUBJECT, String.valueOf(id), null, actor);
		if (!file.image()) {
			throw new DomainException("media.cover.not-image");
		}
		article.cover(file.id());
		return changed(article);
	}

	/** A published page or post anyone may read now. */
	public Optional<ArticleView> published(ArticleKind kind, String slug) {
		return articles.findByKindAndSlug(kind, slug)
			.filter(a -> ReadRules.EDITORIAL.sight(Reader.PUBLIC, a.facts(), clock.instant()) != Sight.NONE)
			.map(Article::view);
	}

	/** A page or post as this person may read it: editors read drafts too. */
	public Optional<ArticleView> readable(ArticleKind kind, String slug, RasdPrincipal viewer) {
		return articles.findByKindAndSlug(kind, slug)
			.filter(a -> ReadRules.EDITORIAL.sight(Reader.of(viewer), a.facts(), clock.instant()) != Sight.NONE)
			.map(Article::view);
	}

	/** A page or post for its editor. */
	public ArticleView forEditor(long id, RasdPrincipal actor) {
		return editable(id, actor).view();
	}

	/** The saved revisions, newest first. */
	public List<RevisionView> revisions(long id, RasdPrincipal actor) {
		editable(id, actor);
		return revisions.findByArticleIdOrderByRevisionDesc(id).stream().map(ArticleRevision::view).toList();
	}

	/**
	 * Pages or posts this person reads, newest first: the public what is published, editors everything.
	 */
	public PageResult<ArticleView> list(ArticleKind kind, RasdPrincipal viewer, int page, int size) {
		Reader reader = Reader.of(viewer);
		Specification<Article> readable = (root, query, cb) -> cb.and(cb.equal(root.get("kind"), kind),
				JpaScope.where(ReadRules.EDITORIAL.any(reader, clock.instant()), FIELDS, root, query, cb));
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PAGE_MAX),
				Sort.by(Sort.Order.desc("publishedAt").nullsFirst(), Sort.Order.desc("id")));
		return PageResult.of(articles.findAll(readable, request), Article::view);
	}

	/** The latest published posts (or pages), newest first. */
	public List<ArticleView> latest(ArticleKind kind, int count) {
		return list(kind, null, 0, count).items();
	}

	/** The safe part of an editor's HTML, for the preview. */
	public String preview(String html) {
		String safe = SafeHtml.clean(html);
		return safe == null ? "" : safe;
	}

	/** Every published article, for the search and the sitemap. */
	public List<ArticleView> allPublished() {
		Specification<Article> open = (root, query, cb) -> JpaScope.where(ReadRules.publicNow(clock.instant()),
				FIELDS, root, query, cb);
		return articles.findAll(open, Sort.by("id")).stream().map(Article::view).toList();
	}

	/** Every published article, also those scheduled for later (the search holds them back until their day). */
	public List<ArticleView> allPublishedAndScheduled() {
		Specification<Article> published = (root, query, cb) -> cb.equal(root.get("tier"), ps.rasd.shared.Tier.PUBLIC);
		return articles.findAll(published, Sort.by("id")).stream().map(Article::view).toList();
	}

	/** Articles by id (any state), for the search source, which decides what is public. */
	public List<ArticleView> byIds(List<Long> ids) {
		return articles.findAllById(ids).stream().map(Article::view).toList();
	}

	/** Whether this cover file belongs to a published article (it may then be shown to anyone). */
	public boolean publicCover(long fileId) {
		Specification<Article> withCover = (root, query, cb) -> cb.and(cb.equal(root.get("coverFileId"), fileId),
				JpaScope.where(ReadRules.publicNow(clock.instant()), FIELDS, root, query, cb));
		return articles.count(withCover) > 0;
	}

	private Article editable(long id, RasdPrincipal actor) {
		requireEditor(actor);
		return articles.findById(id).orElseThrow(() -> new NotFoundException("media.article.not-found", id));
	}

	private ArticleView changed(Article article) {
		events.publishEvent(SearchableChanged.of(SEARCH_TYPE, article.getId()));
		return article.view();
	}

	static void requireEditor(RasdPrincipal actor) {
		if (!ReadRules.edits(Reader.of(actor))) {
			throw new ForbiddenException("media.forbidden");
		}
	}

	private static Long accountOf(RasdPrincipal actor) {
		return actor == null || actor.accountId() <= 0 ? null : actor.accountId();
	}
}
