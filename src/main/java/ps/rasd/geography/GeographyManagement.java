package ps.rasd.geography;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.geography.domain.Governorate;
import ps.rasd.geography.domain.GovernorateRepository;
import ps.rasd.geography.domain.Place;
import ps.rasd.geography.domain.PlaceRepository;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;

/**
 * The geography facade: governorates and places for pages, the API and other modules. Read-only; reference data is
 * loaded at start-up.
 */
@Service
@Transactional(readOnly = true)
public class GeographyManagement {

	/** The largest page the API serves. */
	public static final int MAX_PAGE_SIZE = 200;

	private final GovernorateRepository governorates;

	private final PlaceRepository places;

	GeographyManagement(GovernorateRepository governorates, PlaceRepository places) {
		this.governorates = governorates;
		this.places = places;
	}

	/** Reference data never changes once loaded: read once, then served from memory. */
	private volatile List<GovernorateSummary> cached = List.of();

	/** All governorates, West Bank north to south, then Gaza north to south (PCBS order). */
	public List<GovernorateSummary> governorates() {
		List<GovernorateSummary> known = cached;
		if (known.size() == 16) {
			return known;
		}
		var counts = places.countByGovernorate();
		known = governorates.findAllByOrderBySortOrder().stream()
			.map(g -> g.toSummary(counts.getOrDefault(g.getCode(), 0L)))
			.toList();
		cached = known;
		return known;
	}

	/** The governorate with the given PCBS code, if any. */
	public Optional<GovernorateSummary> governorate(String code) {
		return governorates().stream().filter(g -> g.code().equals(code)).findFirst();
	}

	/**
	 * The governorate with the given PCBS code.
	 * @throws NotFoundException with code {@code geography.governorate.not-found}
	 */
	public GovernorateSummary requireGovernorate(String code) {
		return governorate(code).orElseThrow(() -> new NotFoundException("geography.governorate.not-found", code));
	}

	/** The place with this id, if any. */
	public Optional<PlaceSummary> place(long id) {
		return places.findById(id).map(Place::toSummary);
	}

	/**
	 * The place of a governorate called so, in any spelling (Arabic, English or another known spelling); a name
	 * that fits several places, or none, gives nothing.
	 */
	public Optional<PlaceSummary> resolvePlace(String governorateCode, String name) {
		String key = ArabicText.searchKey(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		var exact = places(governorateCode, name, 0, MAX_PAGE_SIZE).items().stream()
			.filter(p -> ArabicText.searchKey(p.name().ar()).equals(key) || ArabicText.searchKey(p.name().en()).equals(key)
					|| p.aliases().stream().anyMatch(a -> ArabicText.searchKey(a).equals(key)))
			.toList();
		return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
	}

	/**
	 * The place nearest to a point, when one lies within {@code maxKm} kilometres (to place a report given only by
	 * its coordinates in a governorate and a locality).
	 */
	public Optional<PlaceSummary> nearestPlace(double latitude, double longitude, double maxKm) {
		PlaceSummary best = null;
		double bestKm = Double.MAX_VALUE;
		for (Place place : places.findAll()) {
			PlaceSummary p = place.toSummary();
			if (p.latitude() == null || p.longitude() == null) {
				continue;
			}
			double dLat = Math.toRadians(p.latitude() - latitude);
			double dLon = Math.toRadians(p.longitude() - longitude);
			double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
					* Math.cos(Math.toRadians(p.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
			double km = 2 * 6371 * Math.asin(Math.sqrt(h));
			if (km < bestKm) {
				bestKm = km;
				best = p;
			}
		}
		return bestKm <= maxKm ? Optional.ofNullable(best) : Optional.empty();
	}

	/** Whether every given code is a governorate's PCBS code. */
	public boolean allExist(java.util.Collection<String> codes) {
		var known = governorates().stream().map(GovernorateSummary::code).collect(java.util.stream.Collectors.toSet());
		return known.containsAll(codes);
	}

	/**
	 * Places, optionally within one governorate and matching a query by Arabic or English name or any other
	 * spelling; the query survives hamza, taa marbuta, alef maqsura, diacritics, tatweel and digit variants.
	 * Results are sorted by Arabic name.
	 */
	public PageResult<PlaceSummary> places(String governorateCode, String query, int page, int size) {
		String key = ArabicText.searchKey(query);
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
				PlaceRepository.BY_NAME);
		var result = places.search(blankToNull(governorateCode), key.isEmpty() ? null : key, request);
		return PageResult.of(result, Place::toSummary);
	}

	/** The orders of the place list: by Arabic name (default), either way. */
	public static final ps.rasd.shared.SortOptions PLACE_SORTS = ps.rasd.shared.SortOptions.of("name", "-name");

	/**
	 * One page of places with keyset paging: up to {@link ps.rasd.shared.CursorRequest#fetchSize()} places of the
	 * governorate (when given) matching the query (when given) after the cursor, by Arabic name, then id.
	 */
	@Transactional(readOnly = true)
	public List<PlaceSummary> places(String governorateCode, String query, ps.rasd.shared.CursorRequest page) {
		String key = ArabicText.searchKey(query);
		org.springframework.data.jpa.domain.Specification<Place> after = (root, q, cb) -> page.first()
				? cb.conjunction()
				: ps.rasd.shared.Keyset.after(cb, root.get("name").<String>get("ar"), root.<Long>get("id"),
						page.afterKey(), page.afterId(), page.descending());
		org.springframework.data.domain.Sort sort = org.springframework.data.domain.Sort.by(page.descending()
				? org.springframework.data.domain.Sort.Direction.DESC : org.springframework.data.domain.Sort.Direction.ASC,
				"name.ar", "id");
		return places.search(blankToNull(governorateCode), key.isEmpty() ? null : key, after, sort, page.fetchSize())
			.stream()
			.map(Place::toSummary)
			.toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
