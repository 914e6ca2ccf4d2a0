package ps.rasd.media;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.media.domain.Production;
import ps.rasd.media.domain.ProductionParts;
import ps.rasd.media.domain.ProductionRepository;
import ps.rasd.media.domain.ReachCsv;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonId;
import ps.rasd.network.PersonSummary;
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
 * Media productions: short TV reports, radio pieces, videos, theatre sketches, podcasts. Editors
 * ({@link ReadRules#EDITORIAL}) describe a production, attach its video or audio file (streamed to the evidence
 * store, kept as received, never held in memory) or its outside link, name its team from the network, record its
 * performances and its reach (by hand or from a platform's CSV export) and publish it. Public pages name only the
 * team members who agreed to have their names published. Changes publish {@link SearchableChanged} for type
 * {@code production}.
 */
@Service
@Transactional(readOnly = true)
public class ProductionManagement {

	/** The kind of record in the search index and of the files in the evidence store. */
	public static final String TYPE = "production";

	private static final int PAGE_MAX = 50;

	private static final JpaScope.Fields FIELDS = new JpaScope.Fields(null, "tier", "publishedAt", false, null, null,
			null);

	private final ProductionRepository productions;

	private final ProductionParts parts;

	private final EvidenceManagement evidence;

	private final NetworkManagement network;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductionManagement(ProductionRepository productions, ProductionParts parts, EvidenceManagement evidence,
			NetworkManagement network, ApplicationEventPublisher events, Clock clock) {
		this.productions = productions;
		this.parts = parts;
		this.evidence = evidence;
		this.network = network;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Describes a new production (a draft).
	 * @throws ps.rasd.shared.ForbiddenException {@code media.forbidden}
	 * @throws ConflictException {@code media.production.slug-taken}
	 * @throws DomainException {@code media.production.unknown-kind}, {@code media.production.bad-link}
	 */
	@Transactional
	public ProductionView create(ProductionDraft draft, boolean demo, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		requireKind(draft.kindCode());
		if (productions.existsBySlug(draft.slug())) {
			throw new ConflictException("media.production.slug-taken", draft.slug());
		}
		return changed(productions.saveAndFlush(new Production(draft, demo, clock.instant())));
	}

	/** Changes the facts. @throws ConflictException {@code media.production.stale}, {@code media.production.slug-taken} */
	@Transactional
	public ProductionView describe(long id, long version, ProductionDraft draft, RasdPrincipal actor) {
		Production production = editable(id, actor);
		if (production.getVersion() != version) {
			throw new ConflictException("media.production.stale", id);
		}
		requireKind(draft.kindCode());
		if (!production.getSlug().equals(draft.slug()) && productions.existsBySlug(draft.slug())) {
			throw new ConflictException("media.production.slug-taken", draft.slug());
		}
		production.describe(draft, clock.instant());
		return changed(production);
	}

	/**
	 * Takes its video or audio file, streamed to the evidence store and kept as received.
	 * @throws DomainException {@code media.production.not-media} for a PDF, and the evidence module's refusals
	 * ({@code evidence.too-large}, {@code evidence.type-refused}, {@code evidence.empty})
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public ProductionView attach(long id, InputStream file, RasdPrincipal actor) {
		Production production = editable(id, actor);
		EvidenceSummary kept = evidence.uploadMedia(file, TYPE, String.valueOf(id), actor);
		if (!kept.mediaType().startsWith("video/") && !kept.mediaType().startsWith("audio/")) {
			throw new DomainException("media.production.not-media");
		}
		production.attach(kept.id(), kept.mediaType(), kept.size(), clock.instant());
		return changed(production);
	}

	/** Publishes it. @throws DomainException {@code media.production.nothing-to-show} */
	@Transactional
	public ProductionView publish(long id, RasdPrincipal actor) {
		Production production = editable(id, actor);
		production.publish(clock.instant());
		return changed(production);
	}

	/** Takes it off the public pages and the search. */
	@Transactional
	public ProductionView withdraw(long id, RasdPrincipal actor) {
		Production production = editable(id, actor);
		production.withdraw(clock.instant());
		return changed(production);
	}

	/**
	 * Names a person of the network in the team (or changes their role).
	 * @throws DomainException {@code media.production.no-person} when there is no such person
	 */
	@Transactional
	public void putMember(long id, long personId, String role, RasdPrincipal actor) {
		editable(id, actor);
		if (network.readablePeople(List.of(new PersonId(personId)), actor).isEmpty()) {
			throw new DomainException("media.production.no-person", personId);
		}
		parts.putMember(id, personId, role == null || role.isBlank() ? "-" : role.strip());
	}

	/** Takes a person out of the team. */
	@Transactional
	public void removeMember(long id, long personId, RasdPrincipal actor) {
		editable(id, actor);
		parts.removeMember(id, personId);
	}

	/** Records a performance. @throws DomainException {@code media.performance.invalid} */
	@Transactional
	public void addPerformance(long id, String venue, LocalDate on, int audience, RasdPrincipal actor) {
		editable(id, actor);
		if (venue == null || venue.isBlank() || venue.length() > 300 || on == null || audience < 0) {
			throw new DomainException("media.performance.invalid");
		}
		parts.addPerformance(id, venue.strip(), on, audience);
	}

	/** Removes a performance recorded by mistake. */
	@Transactional
	public void removePerformance(long id, long performanceId, RasdPrincipal actor) {
		editable(id, actor);
		parts.removePerformance(id, performanceId);
	}

	/** Records the figures of a day on a platform by hand, replacing what was known of that day. */
	@Transactional
	public void recordReach(long id, ReachEntry entry, RasdPrincipal actor) {
		editable(id, actor);
		if (entry.countedOn() == null || entry.views() < 0 || entry.shares() < 0 || entry.audience() < 0) {
			throw new DomainException("media.reach.invalid");
		}
		parts.putReach(id, new ReachEntry(platform(entry.platform()), entry.countedOn(), entry.views(),
				entry.shares(), entry.audience(), false));
	}

	/**
	 * Imports the daily figures of a platform's CSV export (UTF-8); rows that cannot be read are left out and
	 * reported with their line numbers.
	 * @throws DomainException {@code media.reach.no-date-column}, {@code media.reach.no-figures-column},
	 * {@code media.reach.unreadable}
	 */
	@Transactional
	public ReachImport importReach(long id, String platform, InputStream csv, RasdPrincipal actor) {
		editable(id, actor);
		ReachCsv.Result read = ReachCsv.read(new InputStreamReader(csv, StandardCharsets.UTF_8), platform(platform));
		read.entries().forEach(e -> parts.putReach(id, e));
		return new ReachImport(read.rows(), read.entries().size(), read.bad());
	}

	/** The kinds of production, in the list's order. */
	public List<ProductionKind> kinds() {
		return parts.kinds();
	}

	/** Adds a kind to the list. @throws ConflictException {@code media.production.kind-taken} */
	@Transactional
	public ProductionKind addKind(String code, String nameAr, String nameEn, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
		if (clean.isEmpty() || clean.length() > 40 || nameAr == null || nameAr.isBlank() || nameAr.length() > 100
				|| nameEn == null || nameEn.isBlank() || nameEn.length() > 100) {
			throw new DomainException("media.production.kind-invalid");
		}
		if (parts.kindExists(clean)) {
			throw new ConflictException("media.production.kind-taken", clean);
		}
		ProductionKind kind = new ProductionKind(clean, nameAr.strip(), nameEn.strip());
		parts.addKind(kind);
		return kind;
	}

	/** A production as this person may read it: editors read drafts too. */
	public Optional<ProductionView> readable(String slug, RasdPrincipal viewer) {
		return productions.findBySlug(slug)
			.filter(p -> ReadRules.EDITORIAL.sight(Reader.of(viewer), p.facts(), clock.instant()) != Sight.NONE)
			.map(this::view);
	}

	/**
	 * A production's page as this person may read it: for editors, the whole team (with person numbers); for
	 * everyone else, only the team members who agreed to have their names published, without their numbers.
	 */
	public Optional<ProductionPage> page(String slug, RasdPrincipal viewer) {
		return readable(slug, viewer).map(p -> new ProductionPage(p, team(p.id(), viewer), parts.performances(p.id()),
				parts.reach(p.id())));
	}

	/** A production for its editor, with the whole team. */
	public ProductionPage forEditor(long id, RasdPrincipal actor) {
		ProductionView p = view(editable(id, actor));
		return new ProductionPage(p, team(id, actor), parts.performances(id), parts.reach(id));
	}

	/**
	 * The file of a production this person may read, as a resource read in parts (range requests) and streamed.
	 * @throws NotFoundException {@code media.production.not-found}
	 */
	public Resource file(String slug, RasdPrincipal viewer) {
		ProductionView p = readable(slug, viewer).filter(v -> v.fileId() != null)
			.orElseThrow(() -> new NotFoundException("media.production.not-found", slug));
		return evidence.publishedResource(p.fileId(), TYPE);
	}

	/** The productions this person reads, of one kind or all, latest first. */
	public PageResult<ProductionView> list(String kindCode, RasdPrincipal viewer, int page, int size) {
		Reader reader = Reader.of(viewer);
		Specification<Production> spec = (root, q, cb) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(JpaScope.where(ReadRules.EDITORIAL.any(reader, clock.instant()), FIELDS, root, q, cb));
			if (kindCode != null && !kindCode.isBlank()) {
				all.add(cb.equal(root.get("kindCode"), kindCode));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PAGE_MAX),
				Sort.by(Sort.Order.desc("releasedOn"), Sort.Order.desc("id")));
		Map<String, ProductionKind> kinds = kindMap();
		return PageResult.of(productions.findAll(spec, request), p -> p.view(kinds.get(p.getKindCode())));
	}

	/** Every published production, for the sitemap. */
	public List<ProductionView> allPublished() {
		return list(null, null, 0, PAGE_MAX).items();
	}

	/** Every production marked published, also scheduled ones, for a rebuild of the search. */
	public List<ProductionView> allMarkedPublished() {
		Specification<Production> spec = (root, q, cb) -> cb.equal(root.get("tier"), Tier.PUBLIC);
		Map<String, ProductionKind> kinds = kindMap();
		return productions.findAll(spec, Sort.by("id")).stream().map(p -> p.view(kinds.get(p.getKindCode())))
			.toList();
	}

	/** Productions by id (any state), for the search source. */
	public List<ProductionView> byIds(List<Long> ids) {
		Map<String, ProductionKind> kinds = kindMap();
		return productions.findAllById(ids).stream().map(p -> p.view(kinds.get(p.getKindCode()))).toList();
	}

	private List<TeamMember> team(long id, RasdPrincipal viewer) {
		boolean editor = ReadRules.edits(Reader.of(viewer));
		List<ProductionParts.Member> members = parts.team(id);
		Map<Long, PersonSummary> people = network
			.readablePeople(members.stream().map(m -> new PersonId(m.personId())).toList(), editor ? viewer : null)
			.stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
		List<TeamMember> team = new ArrayList<>();
		for (ProductionParts.Member m : members) {
			PersonSummary person = people.get(m.personId());
			boolean published = person != null && person.published() && !person.erased();
			if (editor) {
				team.add(new TeamMember(m.personId(), person == null ? null : person.name(), m.role(), published));
			}
			else if (published) {
				team.add(new TeamMember(null, person.name(), m.role(), true));
			}
		}
		return team;
	}

	private void requireKind(String code) {
		if (!parts.kindExists(code)) {
			throw new DomainException("media.production.unknown-kind", code);
		}
	}

	private static String platform(String platform) {
		String clean = platform == null ? "" : platform.strip().toLowerCase(java.util.Locale.ROOT);
		if (!clean.matches("[\\p{L}0-9 ._-]{1,40}")) {
			throw new DomainException("media.reach.bad-platform");
		}
		return clean;
	}

	private Map<String, ProductionKind> kindMap() {
		return parts.kinds().stream().collect(Collectors.toMap(ProductionKind::code, Function.identity()));
	}

	private ProductionView view(Production production) {
		return production.view(kindMap().get(production.getKindCode()));
	}

	private Production editable(long id, RasdPrincipal actor) {
		MediaManagement.requireEditor(actor);
		return productions.findById(id).orElseThrow(() -> new NotFoundException("media.production.not-found", id));
	}

	private ProductionView changed(Production production) {
		events.publishEvent(SearchableChanged.of(TYPE, production.getId()));
		return view(production);
	}
}
