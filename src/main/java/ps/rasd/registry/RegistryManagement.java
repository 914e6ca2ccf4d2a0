package ps.rasd.registry;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.access.Role;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.registry.domain.Authority;
import ps.rasd.registry.domain.AuthorityRepository;
import ps.rasd.registry.domain.Facility;
import ps.rasd.registry.domain.FacilityRepository;
import ps.rasd.registry.domain.FacilityType;
import ps.rasd.registry.domain.FacilityTypeRepository;
import ps.rasd.registry.domain.Indicator;
import ps.rasd.registry.domain.IndicatorRepository;
import ps.rasd.registry.domain.RoutingRule;
import ps.rasd.registry.domain.RoutingRuleRepository;
import ps.rasd.registry.domain.Sector;
import ps.rasd.registry.domain.SectorRepository;
import ps.rasd.registry.internal.FacilityCsv;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.spi.SearchableChanged;
import ps.rasd.shared.RasdPrincipal;

/**
 * The registry facade: sectors, indicators, authorities, facilities and routing rules. Facilities are changed by
 * administrators and by coordinators of their governorates; the rest of the registry by administrators. Publishes
 * {@link SearchableChanged} when facilities or authorities change.
 */
@Service
@Transactional(readOnly = true)
public class RegistryManagement {

	/** The largest page the API serves. */
	public static final int MAX_PAGE_SIZE = 200;

	/** The kind of record facilities are in the search index. */
	public static final String FACILITY = "facility";

	/** The kind of record authorities are in the search index. */
	public static final String AUTHORITY = "authority";

	private final SectorRepository sectors;

	private final IndicatorRepository indicators;

	private final FacilityTypeRepository types;

	private final AuthorityRepository authorities;

	private final FacilityRepository facilities;

	private final RoutingRuleRepository rules;

	private final GeographyManagement geography;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	RegistryManagement(SectorRepository sectors, IndicatorRepository indicators, FacilityTypeRepository types,
			AuthorityRepository authorities, FacilityRepository facilities, RoutingRuleRepository rules,
			GeographyManagement geography, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
		this.audit = audit;
		this.events = events;
		this.sectors = sectors;
		this.indicators = indicators;
		this.types = types;
		this.authorities = authorities;
		this.facilities = facilities;
		this.rules = rules;
		this.geography = geography;
		this.clock = clock;
	}

	/** Sectors, indicators and types change rarely (administrators): kept until one of them changes. */
	private volatile List<SectorSummary> cachedSectors;

	/** Every sector with its indicators and facility types, in order. */
	public List<SectorSummary> sectors() {
		List<SectorSummary> known = cachedSectors;
		if (known == null || known.isEmpty()) {
			known = loadSectors();
			cachedSectors = known;
		}
		return known;
	}

	private List<SectorSummary> loadSectors() {
		Map<Long, String> codes = sectors.findAll().stream().collect(Collectors.toMap(Sector::getId, Sector::getCode));
		Map<Long, List<IndicatorSummary>> bySector = indicators.findAllByOrderBySectorIdAscSortOrderAsc().stream()
			.collect(Collectors.groupingBy(Indicator::getSectorId,
					Collectors.mapping(i -> i.toSummary(codes.get(i.getSectorId())), Collectors.toList())));
		Map<Long, List<FacilityTypeSummary>> typesBySector = types.findAllByOrderBySectorIdAscSortOrderAsc().stream()
			.collect(Collectors.groupingBy(FacilityType::getSectorId,
					Collectors.mapping(t -> t.toSummary(codes.get(t.getSectorId())), Collectors.toList())));
		return sectors.findAllByOrderBySortOrder().stream()
			.map(s -> new SectorSummary(s.getId(), s.getCode(), s.getName(), s.getDescription(), s.isActive(),
					bySector.getOrDefault(s.getId(), List.of()), typesBySector.getOrDefault(s.getId(), List.of()),
					s.getVersion()))
			.toList();
	}

	/** The sector with this code. */
	public SectorSummary sector(String code) {
		return sectors().stream().filter(s -> s.code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFoundException("registry.sector.not-found", code));
	}

	/** Every facility type, by code. */
	public Map<String, FacilityTypeSummary> facilityTypes() {
		return sectors().stream().flatMap(s -> s.facilityTypes().stream())
			.collect(Collectors.toMap(FacilityTypeSummary::code, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	/** Changes an indicator's names, weight and direction (administrators). */
	@Transactional
	public IndicatorSummary changeIndicator(long id, long version, LocalizedText name, LocalizedText description,
			java.math.BigDecimal weight, boolean higherIsBetter, boolean active, RasdPrincipal actor) {
		requireAdmin(actor);
		Indicator indicator = indicators.findById(id)
			.orElseThrow(() -> new NotFoundException("registry.indicator.not-found"));
		if (indicator.getVersion() != version) {
			throw new ConflictException("registry.stale");
		}
		indicator.change(name, description, weight, higherIsBetter, active);
		cachedSectors = null;
		audit.record("indicator.changed", "indicator", id, null, "weight=" + weight + " active=" + active);
		return indicators.saveAndFlush(indicator).toSummary(sectorCodes().get(indicator.getSectorId()));
	}

	/** Renames a sector, describes it, or takes it out of use (administrators). */
	@Transactional
	public SectorSummary changeSector(String code, long version, LocalizedText name, LocalizedText description,
			boolean active, RasdPrincipal actor) {
		requireAdmin(actor);
		Sector sector = sectors.findByCode(code)
			.orElseThrow(() -> new NotFoundException("registry.sector.not-found", code));
		if (sector.getVersion() != version) {
			throw new ConflictException("registry.stale");
		}
		sector.rename(name, description, active);
		sectors.saveAndFlush(sector);
		audit.record("sector.changed", "sector", code, null, "active=" + active);
		cachedSectors = null;
		return sector(code);
	}

	/** The version of an indicator, to send back with a change. */
	public long indicatorVersion(long id) {
		return indicators.findById(id).map(Indicator::getVersion)
			.orElseThrow(() -> new NotFoundException("registry.indicator.not-found"));
	}

	/** Every authority, parents before children (by id). */
	public List<AuthoritySummary> authorities() {
		Map<Long, String> codes = sectorCodes();
		return authorities.findAllByOrderByIdAsc().stream()
			.map(a -> a.toSummary(a.getSectorId() == null ? null : codes.get(a.getSectorId())))
			.toList();
	}

	/** The authority with this id. */
	public AuthoritySummary authority(long id) {
		Authority a = authorities.findById(id).orElseThrow(() -> new NotFoundException("registry.authority.not-found"));
		return a.toSummary(a.getSectorId() == null ? null : sectorCodes().get(a.getSectorId()));
	}

	/** Authorities by id, for lists in other modules (those that exist). */
	public Map<Long, AuthoritySummary> authorities(java.util.Collection<Long> ids) {
		Map<Long, String> codes = sectorCodes();
		return authorities.findAllById(ids).stream()
			.collect(Collectors.toMap(Authority::getId,
					a -> a.toSummary(a.getSectorId() == null ? null : codes.get(a.getSectorId()))));
	}

	/** The chain of units from the top of the hierarchy down to this one. */
	public List<AuthoritySummary> authorityPath(long id) {
		Map<Long, AuthoritySummary> all = authorities().stream()
			.collect(Collectors.toMap(AuthoritySummary::id, Function.identity()));
		java.util.LinkedList<AuthoritySummary> path = new java.util.LinkedList<>();
		AuthoritySummary current = all.get(id);
		while (current != null && path.size() < 20) {
			path.addFirst(current);
			current = current.parentId() == null ? null : all.get(current.parentId());
		}
		return path;
	}

	/** Creates an authority or unit (administrators). */
	@Transactional
	public AuthoritySummary createAuthority(AuthorityDetails details, RasdPrincipal actor) {
		requireAdmin(actor);
		checkAuthority(details);
		Authority a = authorities.save(new Authority(details, sectorId(details.sectorCode())));
		audit.record("authority.created", "authority", a.getId(), details.governorateCode(), null);
		events.publishEvent(SearchableChanged.of(AUTHORITY, a.getId()));
		return a.toSummary(details.sectorCode());
	}

	/** Changes an authority (administrators). */
	@Transactional
	public AuthoritySummary updateAuthority(long id, long version, AuthorityDetails details, RasdPrincipal actor) {
		requireAdmin(actor);
		Authority a = authorities.findById(id).orElseThrow(() -> new NotFoundException("registry.authority.not-found"));
		if (a.getVersion() != version) {
			throw new ConflictException("registry.stale");
		}
		checkAuthority(details);
		if (details.parentId() != null && authorityPath(details.parentId()).stream().anyMatch(p -> p.id() == id)) {
			throw new DomainException("registry.authority.parent-invalid");
		}
		a.apply(details, sectorId(details.sectorCode()));
		audit.record("authority.updated", "authority", id, details.governorateCode(), null);
		events.publishEvent(SearchableChanged.of(AUTHORITY, id));
		return authorities.saveAndFlush(a).toSummary(details.sectorCode());
	}

	/** One page of facilities matching the query, by governorate and name. */
	public PageResult<FacilitySummary> facilities(FacilityQuery query, int page, int size) {
		Map<Long, String> codes = sectorCodes();
		String key = ArabicText.searchKey(query.text());
		Long sectorId = query.sectorCode() == null || query.sectorCode().isBlank() ? null
				: sectors.findByCode(query.sectorCode()).map(Sector::getId).orElse(-1L);
		var result = facilities.search(blank(query.governorateCode()), sectorId, blank(query.typeCode()),
				query.authorityId(), key.isEmpty() ? null : key,
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE), FacilityRepository.BY_NAME));
		return PageResult.of(result, f -> f.toSummary(codes.get(f.getSectorId())));
	}

	/** The orders of the facility list: by Arabic name (default) or by the last change, either way. */
	public static final ps.rasd.shared.SortOptions FACILITY_SORTS = ps.rasd.shared.SortOptions.of("name", "-name",
			"updated", "-updated");

	/**
	 * One page of facilities with keyset paging: up to {@link ps.rasd.shared.CursorRequest#fetchSize()} facilities
	 * matching the query after the cursor, in the order asked, then by id.
	 */
	@Transactional(readOnly = true)
	public List<FacilitySummary> facilities(FacilityQuery query, ps.rasd.shared.CursorRequest page) {
		Map<Long, String> codes = sectorCodes();
		String key = ArabicText.searchKey(query.text());
		Long sectorId = query.sectorCode() == null || query.sectorCode().isBlank() ? null
				: sectors.findByCode(query.sectorCode()).map(Sector::getId).orElse(-1L);
		boolean byName = "name".equals(page.key());
		org.springframework.data.jpa.domain.Specification<Facility> after = (root, q, cb) -> {
			if (page.first()) {
				return cb.conjunction();
			}
			return byName
					? ps.rasd.shared.Keyset.after(cb, root.get("name").<String>get("ar"), root.<Long>get("id"),
							page.afterKey(), page.afterId(), page.descending())
					: ps.rasd.shared.Keyset.after(cb, root.<java.time.Instant>get("updatedAt"), root.<Long>get("id"),
							page.afterInstant(), page.afterId(), page.descending());
		};
		org.springframework.data.domain.Sort sort = org.springframework.data.domain.Sort.by(page.descending()
				? org.springframework.data.domain.Sort.Direction.DESC : org.springframework.data.domain.Sort.Direction.ASC,
				byName ? "name.ar" : "updatedAt", "id");
		return facilities.search(blank(query.governorateCode()), sectorId, blank(query.typeCode()),
				query.authorityId(), key.isEmpty() ? null : key, after, sort, page.fetchSize())
			.stream()
			.map(f -> f.toSummary(codes.get(f.getSectorId())))
			.toList();
	}

	/** The facility with this id. */
	public FacilitySummary facility(long id) {
		Facility f = facilities.findById(id).orElseThrow(() -> new NotFoundException("registry.facility.not-found", id));
		return f.toSummary(sectorCodes().get(f.getSectorId()));
	}

	/**
	 * The open facilities nearest to a point, nearest first: at most {@code limit} within {@code maxKm} kilometres (to
	 * propose the facility a complaint or a visit is about from the reporter's location).
	 */
	@Transactional(readOnly = true)
	public List<NearbyFacility> nearestFacilities(double latitude, double longitude, double maxKm, int limit) {
		double dLat = maxKm / 111.0;
		double dLon = maxKm / (111.0 * Math.max(0.2, Math.cos(Math.toRadians(latitude))));
		org.springframework.data.jpa.domain.Specification<Facility> box = (root, query, cb) -> cb.and(
				cb.between(root.<Double>get("latitude"), latitude - dLat, latitude + dLat),
				cb.between(root.<Double>get("longitude"), longitude - dLon, longitude + dLon),
				cb.notEqual(root.get("status"), FacilityStatus.CLOSED));
		Map<Long, String> codes = sectorCodes();
		return facilities.findAll(box).stream()
			.map(f -> f.toSummary(codes.get(f.getSectorId())))
			.map(f -> new NearbyFacility(f, NearbyFacility.km(latitude, longitude, f.latitude(), f.longitude())))
			.filter(n -> n.km() <= maxKm)
			.sorted(Comparator.comparingDouble(NearbyFacility::km))
			.limit(Math.max(0, limit))
			.toList();
	}

	/** Facilities by id, for lists in other modules. */
	public Map<Long, FacilitySummary> facilities(java.util.Collection<Long> ids) {
		Map<Long, String> codes = sectorCodes();
		return facilities.findAllById(ids).stream()
			.collect(Collectors.toMap(Facility::getId, f -> f.toSummary(codes.get(f.getSectorId()))));
	}

	/** Creates a facility; coordinators only in their governorates. */
	@Transactional
	public FacilitySummary createFacility(FacilityDetails details, RasdPrincipal actor) {
		requireManager(actor, details.governorateCode());
		long sectorId = checkFacility(details);
		Facility f = facilities.save(new Facility(details, sectorId, clock.instant()));
		audit.record("facility.created", "facility", f.getId(), details.governorateCode(), null);
		events.publishEvent(SearchableChanged.of(FACILITY, f.getId()));
		return f.toSummary(sectorCodes().get(sectorId));
	}

	/** Changes a facility; coordinators only within their governorates, before and after the change. */
	@Transactional
	public FacilitySummary updateFacility(long id, long version, FacilityDetails details, RasdPrincipal actor) {
		Facility f = facilities.findById(id).orElseThrow(() -> new NotFoundException("registry.facility.not-found", id));
		requireManager(actor, f.getGovernorateCode());
		requireManager(actor, details.governorateCode());
		if (f.getVersion() != version) {
			throw new ConflictException("registry.stale");
		}
		long sectorId = checkFacility(details);
		f.apply(details, sectorId, clock.instant());
		audit.record("facility.updated", "facility", id, details.governorateCode(), "status=" + details.status());
		events.publishEvent(SearchableChanged.of(FACILITY, id));
		return facilities.saveAndFlush(f).toSummary(sectorCodes().get(sectorId));
	}

	/** Saves many facilities in the caller's transaction (CSV import and demo content). */
	@Transactional
	public int createFacilities(List<FacilityDetails> all, RasdPrincipal actor) {
		all.forEach(d -> requireManager(actor, d.governorateCode()));
		Map<String, Long> sectorOfType = types.findAll().stream()
			.collect(Collectors.toMap(FacilityType::getCode, FacilityType::getSectorId));
		var now = clock.instant();
		var saved = facilities.saveAll(all.stream().map(d -> new Facility(d, sectorOfType.get(d.typeCode()), now))
			.toList());
		events.publishEvent(SearchableChanged.of(FACILITY, saved.stream().map(Facility::getId).toList()));
		audit.record("facility.imported", "facility", "*", null, "rows=" + all.size());
		return all.size();
	}

	/**
	 * Imports facilities from a CSV file: every row is checked first; on any error nothing is saved and the report
	 * lists each problem by row and column; otherwise every row is saved in this one transaction. A row without an
	 * authority gets the one the routing rules suggest.
	 */
	@Transactional
	public ImportReport importFacilities(java.io.Reader csv, RasdPrincipal actor) {
		if (actor == null || !(actor.isAdmin() || actor.reader().is(Role.COORDINATOR))) {
			throw new ForbiddenException("registry.forbidden");
		}
		var governorates = geography.governorates().stream()
			.collect(Collectors.toMap(ps.rasd.geography.GovernorateSummary::code, Function.identity()));
		var lookups = new FacilityCsv.Lookups(governorates, facilityTypes(), authorities::existsById,
				place -> geography.place(place).map(ps.rasd.geography.PlaceSummary::governorateCode),
				(type, governorate) -> suggestAuthority(type.sectorCode(), governorate, type.code())
					.map(AuthoritySummary::id),
				actor::manages);
		FacilityCsv.Parsed parsed = FacilityCsv.parse(csv, lookups);
		if (!parsed.errors().isEmpty()) {
			return new ImportReport(0, parsed.errors());
		}
		return new ImportReport(createFacilities(parsed.rows(), actor), List.of());
	}

	/** Writes every facility matching the query as CSV (UTF-8 with a byte-order mark), page by page. */
	public void exportFacilities(FacilityQuery query, java.io.Writer out) {
		java.util.List<FacilitySummary> all = new java.util.ArrayList<>();
		int page = 0;
		PageResult<FacilitySummary> result;
		do {
			result = facilities(query, page++, MAX_PAGE_SIZE);
			all.addAll(result.items());
		}
		while (result.hasNext());
		FacilityCsv.write(out, all);
	}

	/** Every routing rule. */
	public List<RoutingRuleSummary> routingRules() {
		Map<Long, String> codes = sectorCodes();
		return rules.findAllByOrderByGovernorateCodeAscSectorIdAsc().stream()
			.map(r -> r.toSummary(codes.get(r.getSectorId())))
			.toList();
	}

	/** Adds a routing rule (administrators). */
	@Transactional
	public RoutingRuleSummary addRoutingRule(String sectorCode, String governorateCode, String facilityTypeCode,
			long authorityId, RasdPrincipal actor) {
		requireAdmin(actor);
		long sectorId = sectorId(sectorCode);
		geography.requireGovernorate(governorateCode);
		authority(authorityId);
		String type = blank(facilityTypeCode);
		if (type != null && !types.existsById(type)) {
			throw new DomainException("registry.facility.type-unknown", type);
		}
		RoutingRule rule = rules.save(new RoutingRule(sectorId, governorateCode, type, authorityId));
		audit.record("routing-rule.added", "routing-rule", rule.toSummary(sectorCode).id(), governorateCode,
				sectorCode + "/" + type + " -> " + authorityId);
		return rule.toSummary(sectorCode);
	}

	/** Removes a routing rule (administrators). */
	@Transactional
	public void removeRoutingRule(long id, RasdPrincipal actor) {
		requireAdmin(actor);
		rules.deleteById(id);
		audit.record("routing-rule.removed", "routing-rule", id, null, null);
	}

	/**
	 * The unit a problem with this sector, governorate and kind of facility should be referred to: a rule for the
	 * kind of facility wins over a rule for the whole sector.
	 */
	public Optional<AuthoritySummary> suggestAuthority(String sectorCode, String governorateCode,
			String facilityTypeCode) {
		Optional<Sector> sector = sectors.findByCode(sectorCode);
		if (sector.isEmpty()) {
			return Optional.empty();
		}
		return rules.findBySectorIdAndGovernorateCode(sector.get().getId(), governorateCode).stream()
			.filter(r -> r.getFacilityTypeCode() == null || r.getFacilityTypeCode().equals(facilityTypeCode))
			.min(Comparator.comparing(r -> r.getFacilityTypeCode() == null ? 1 : 0))
			.map(r -> authority(r.getAuthorityId()));
	}

	private long checkFacility(FacilityDetails details) {
		geography.requireGovernorate(details.governorateCode());
		FacilityType type = types.findById(details.typeCode() == null ? "" : details.typeCode())
			.orElseThrow(() -> new DomainException("registry.facility.type-unknown", details.typeCode()));
		if (!authorities.existsById(details.authorityId())) {
			throw new DomainException("registry.facility.authority-unknown");
		}
		if (details.placeId() != null && geography.place(details.placeId())
			.filter(p -> p.governorateCode().equals(details.governorateCode())).isEmpty()) {
			throw new DomainException("registry.facility.place-outside");
		}
		return type.getSectorId();
	}

	private void checkAuthority(AuthorityDetails details) {
		if (details.governorateCode() != null && !details.governorateCode().isBlank()) {
			geography.requireGovernorate(details.governorateCode());
		}
		if (details.parentId() != null && !authorities.existsById(details.parentId())) {
			throw new DomainException("registry.authority.parent-invalid");
		}
	}

	private Long sectorId(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return sectors.findByCode(code).map(Sector::getId)
			.orElseThrow(() -> new DomainException("registry.sector.not-found", code));
	}

	private Map<Long, String> sectorCodes() {
		return sectors().stream().collect(Collectors.toMap(SectorSummary::id, SectorSummary::code));
	}

	private static void requireAdmin(RasdPrincipal actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("registry.forbidden");
		}
	}

	private static void requireManager(RasdPrincipal actor, String governorateCode) {
		if (actor == null || !actor.manages(governorateCode)) {
			throw new ForbiddenException("registry.forbidden");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
