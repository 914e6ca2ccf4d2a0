package ps.rasd.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.shared.PdfText;
import ps.rasd.media.domain.Publication;
import ps.rasd.media.domain.PublicationRepository;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.JpaScope;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * The publications library. Editors ({@link ReadRules#EDITORIAL}) describe a publication, upload its PDF (checked by
 * the evidence module: type from the bytes, size limit; its text extracted for the search) and publish it; everyone
 * reads what is published and downloads it, each download counted (a number, never who). Changes publish
 * {@link SearchableChanged} for type {@code publication}.
 */
@Service
@Transactional(readOnly = true)
public class LibraryManagement {

	/** The kind of record in the search index and of the PDF files in the evidence store. */
	public static final String TYPE = "publication";

	private static final int PAGE_MAX = 50;

	private static final JpaScope.Fields FIELDS = new JpaScope.Fields(null, "tier", "publishedAt", false, null, null,
			null);

	private final PublicationRepository publications;

	private final EvidenceManagement evidence;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LibraryManagement(PublicationRepository publications, EvidenceManagement evidence, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.publications = publications;
		this.evidence = evidence;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Describes a new publication (a draft, without its PDF yet).
	 * @throws ps.rasd.shared.ForbiddenException {@code media.forbidden}
	 * @throws ConflictException {@code media.publication.slug-taken}
	 */
	@Transactional
	public PublicationView create(PublicationDraft draft, boolean demo, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		if (publications.existsBySlug(draft.slug())) {
			throw new ConflictException("media.publication.slug-taken", draft.slug());
		}
		return changed(publications.saveAndFlush(new Publication(draft, demo, clock.instant())));
	}

	/** Whether a publication already has this address. */
	@Transactional(readOnly = true)
	public boolean slugTaken(String slug) {
		return publications.existsBySlug(slug);
	}

	/** Changes the facts. @throws ConflictException {@code media.publication.stale}, {@code media.publication.slug-taken} */
	@Transactional
	public PublicationView describe(long id, long version, PublicationDraft draft, RasdPrincipal actor) {
		Publication publication = editable(id, actor);
		if (publication.view().version() != version) {
			throw new ConflictException("media.publication.stale", id);
		}
		if (!publication.getSlug().equals(draft.slug()) && publications.existsBySlug(draft.slug())) {
			throw new ConflictException("media.publication.slug-taken", draft.slug());
		}
		publication.describe(draft, clock.instant());
		return changed(publication);
	}

	/**
	 * Takes the PDF: checked by the evidence module, then its text extracted and kept for the search.
	 * @throws DomainException {@code media.publication.not-pdf}, {@code media.publication.pdf-unreadable} and the
	 * evidence module's upload failures ({@code evidence.too-large}, {@code evidence.type-refused}...)
	 */
	@Transactional
	public PublicationView upload(long id, InputStream pdf, RasdPrincipal actor) {
		Publication publication = editable(id, actor);
		byte[] bytes = read(pdf);
		EvidenceSummary file = evidence.upload(new ByteArrayInputStream(bytes), TYPE, String.valueOf(id), null, actor);
		if (!"application/pdf".equals(file.mediaType())) {
			throw new DomainException("media.publication.not-pdf");
		}
		PdfText.Extracted extracted = PdfText.of(bytes, "media.publication.pdf-unreadable");
		jdbc.update("delete from media_publication_text where publication_id = ?", id);
		jdbc.update("insert into media_publication_text (publication_id, body, extracted_at) values (?, ?, ?)", id,
				extracted.text(), Timestamp.from(clock.instant()));
		publication.attach(file.id(), file.size(), extracted.pages(), clock.instant());
		return changed(publication);
	}

	/** Publishes it. @throws DomainException {@code media.publication.no-file} without its PDF */
	@Transactional
	public PublicationView publish(long id, RasdPrincipal actor) {
		Publication publication = editable(id, actor);
		publication.publish(clock.instant());
		return changed(publication);
	}

	/** Takes it off the public library and the search. */
	@Transactional
	public PublicationView withdraw(long id, RasdPrincipal actor) {
		Publication publication = editable(id, actor);
		publication.withdraw(clock.instant());
		return changed(publication);
	}

	/** A publication as this person may read it: editors read drafts too. */
	public Optional<PublicationView> readable(String slug, RasdPrincipal viewer) {
		return publications.findBySlug(slug)
			.filter(p -> ReadRules.EDITORIAL.sight(Reader.of(viewer), p.facts(), clock.instant()) != Sight.NONE)
			.map(Publication::view);
	}

	/** A publication for its editor. */
	public PublicationView forEditor(long id, RasdPrincipal actor) {
		return editable(id, actor).view();
	}

	/**
	 * Counts one download of a published publication's PDF (of a draft's, for an editor, without counting) and
	 * gives its evidence file id.
	 * @throws NotFoundException {@code media.publication.not-found} when there is none this person may read
	 */
	@Transactional
	public long download(String slug, boolean count, RasdPrincipal viewer) {
		PublicationView p = readable(slug, viewer).filter(v -> v.fileId() != null)
			.orElseThrow(() -> new NotFoundException("media.publication.not-found", slug));
		if (count && p.published()) {
			publications.countDownload(p.id());
		}
		return p.fileId();
	}

	/** The publications this person reads that match the filters, newest issue first. */
	public PageResult<PublicationView> list(LibraryQuery query, RasdPrincipal viewer, int page, int size) {
		Reader reader = Reader.of(viewer);
		Specification<Publication> spec = (root, q, cb) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(JpaScope.where(ReadRules.EDITORIAL.any(reader, clock.instant()), FIELDS, root, q, cb));
			if (query.kind() != null) {
				all.add(cb.equal(root.get("kind"), query.kind()));
			}
			if (query.year() != null) {
				all.add(cb.between(root.get("issuedOn"), java.time.LocalDate.of(query.year(), 1, 1),
						java.time.LocalDate.of(query.year(), 12, 31)));
			}
			if (query.language() != null && !query.language().isBlank()) {
				all.add(cb.like(root.get("language"), "%" + query.language().strip() + "%"));
			}
			if (query.topic() != null && !query.topic().isBlank()) {
				all.add(cb.like(root.get("topics"), "%" + query.topic().strip().replaceAll("[%_]", "") + "%"));
			}
			if (query.governorate() != null && !query.governorate().isBlank()) {
				all.add(cb.like(root.get("governorates"), "%" + query.governorate().replaceAll("[^0-9]", "") + "%"));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PAGE_MAX),
				Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id")));
		return PageResult.of(publications.findAll(spec, request), Publication::view);
	}

	/** Every published publication, for the sitemap. */
	public List<PublicationView> allPublished() {
		return list(LibraryQuery.ALL, null, 0, PAGE_MAX).items();
	}

	/** Every publication marked published, also scheduled ones, for a rebuild of the search. */
	public List<PublicationView> allMarkedPublished() {
		Specification<Publication> spec = (root, q, cb) -> cb.equal(root.get("tier"), Tier.PUBLIC);
		return publications.findAll(spec, Sort.by("id")).stream().map(Publication::view).toList();
	}

	/** Publications by id (any state), for the search source. */
	public List<PublicationView> byIds(List<Long> ids) {
		return publications.findAllById(ids).stream().map(Publication::view).toList();
	}

	/** The text extracted from a publication's PDF, empty when there is none. */
	public String text(long id) {
		return jdbc.query("select body from media_publication_text where publication_id = ?",
				rs -> rs.next() ? rs.getString(1) : "", id);
	}

	private Publication editable(long id, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return publications.findById(id).orElseThrow(() -> new NotFoundException("media.publication.not-found", id));
	}

	private PublicationView changed(Publication publication) {
		events.publishEvent(SearchableChanged.of(TYPE, publication.getId()));
		return publication.view();
	}

	private static byte[] read(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new DomainException("media.publication.pdf-unreadable");
		}
	}
}
