package ps.rasd.registry.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.domain.Authority;
import ps.rasd.registry.domain.AuthorityRepository;
import ps.rasd.registry.domain.Facility;
import ps.rasd.registry.domain.FacilityRepository;
import ps.rasd.registry.domain.FacilityType;
import ps.rasd.registry.domain.FacilityTypeRepository;
import ps.rasd.registry.domain.RoutingRule;
import ps.rasd.registry.domain.RoutingRuleRepository;
import ps.rasd.registry.domain.Sector;
import ps.rasd.registry.domain.SectorRepository;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.DemoSeed;

/**
 * Demo authorities (the real ministries, their directorates in each governorate, municipalities, electricity
 * companies, UNRWA) with fictional contacts, routing rules, and about 230 <strong>fictional</strong> facilities on real
 * places of every governorate. The same every time (fixed random seed).
 */
class DemoRegistry implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	private static final Set<String> GAZA = Set.of("55", "60", "65", "70", "75");

	/** Facility types and how many of each every governorate gets. */
	private static final List<Map.Entry<String, Integer>> PLAN = List.of(Map.entry("PRIMARY_HEALTH_CENTRE", 3),
			Map.entry("HOSPITAL", 1), Map.entry("MCH_CLINIC", 1), Map.entry("BASIC_SCHOOL", 2),
			Map.entry("SECONDARY_SCHOOL", 1), Map.entry("WATER_SERVICE_OFFICE", 1), Map.entry("ELECTRICITY_OFFICE", 1),
			Map.entry("SOCIAL_DEVELOPMENT_OFFICE", 1), Map.entry("LABOUR_OFFICE", 1),
			Map.entry("MUNICIPAL_SERVICE_CENTRE", 1), Map.entry("BUS_STATION", 1));

	private static final Map<String, String[]> NAMES = Map.ofEntries(
			Map.entry("PRIMARY_HEALTH_CENTRE", new String[] { "مركز صحي %s", "%s Health Centre" }),
			Map.entry("HOSPITAL", new String[] { "مستشفى %s الحكومي", "%s Government Hospital" }),
			Map.entry("MCH_CLINIC", new String[] { "عيادة الأمومة والطفولة — %s", "%s Mother and Child Clinic" }),
			Map.entry("BASIC_SCHOOL", new String[] { "مدرسة %s الأساسية المختلطة", "%s Basic Mixed School" }),
			Map.entry("SECONDARY_SCHOOL", new String[] { "مدرسة %s الثانوية للبنات", "%s Girls Secondary School" }),
			Map.entry("WATER_SERVICE_OFFICE", new String[] { "مكتب خدمات المياه — %s", "%s Water Service Office" }),
			Map.entry("ELECTRICITY_OFFICE", new String[] { "مكتب خدمات الكهرباء — %s", "%s Electricity Office" }),
			Map.entry("SOCIAL_DEVELOPMENT_OFFICE",
					new String[] { "مكتب التنمية الاجتماعية — %s", "%s Social Development Office" }),
			Map.entry("LABOUR_OFFICE", new String[] { "مكتب العمل — %s", "%s Labour Office" }),
			Map.entry("MUNICIPAL_SERVICE_CENTRE", new String[] { "مركز خدمات الجمهور — %s", "%s Citizen Service Centre" }),
			Map.entry("BUS_STATION", new String[] { "مجمع مواصلات %s", "%s Bus Station" }));

	private final GeographyManagement geography;

	private final SectorRepository sectors;

	private final FacilityTypeRepository types;

	private final AuthorityRepository authorities;

	private final FacilityRepository facilities;

	private final RoutingRuleRepository rules;

	private final Clock clock;

	DemoRegistry(GeographyManagement geography, SectorRepository sectors, FacilityTypeRepository types,
			AuthorityRepository authorities, FacilityRepository facilities, RoutingRuleRepository rules, Clock clock) {
		this.geography = geography;
		this.sectors = sectors;
		this.types = types;
		this.authorities = authorities;
		this.facilities = facilities;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional
	public void seed() {
		if (authorities.count() > 0 || facilities.count() > 0) {
			return;
		}
		Map<String, Long> sector = sectors.findAll().stream().collect(Collectors.toMap(Sector::getCode, Sector::getId));
		Map<String, Long> sectorOfType = types.findAll().stream()
			.collect(Collectors.toMap(FacilityType::getCode, FacilityType::getSectorId));
		Authorities a = new Authorities(sector);
		Random random = new Random(2004);
		List<Facility> created = new ArrayList<>();
		for (GovernorateSummary g : geography.governorates()) {
			Map<String, Long> routes = a.routesFor(g);
			List<PlaceSummary> places = new ArrayList<>(geography.places(g.code(), null, 0, 200).items());
			java.util.Collections.shuffle(places, random);
			int next = 0;
			for (Map.Entry<String, Integer> step : PLAN) {
				for (int i = 0; i < step.getValue() && !places.isEmpty(); i++) {
					PlaceSummary place = places.get(next++ % places.size());
					created.add(facility(step.getKey(), place, g, routes, sectorOfType, random));
				}
			}
		}
		facilities.saveAll(created);
		log.info("Demo registry: {} authorities, {} routing rules, {} fictional facilities", authorities.count(),
				rules.count(), created.size());
	}

	private Facility facility(String type, PlaceSummary place, GovernorateSummary g, Map<String, Long> routes,
			Map<String, Long> sectorOfType, Random random) {
		String[] pattern = NAMES.get(type);
		String en = place.name().en() == null ? place.name().ar() : place.name().en();
		Double lat = round(place.latitude() == null ? g.latitude() : place.latitude() + (random.nextDouble() - 0.5) / 200);
		Double lon = round(place.longitude() == null ? g.longitude() : place.longitude() + (random.nextDouble() - 0.5) / 200);
		Long authority = routes.getOrDefault(type, routes.get(sectorCodeOf(type)));
		FacilityStatus status = random.nextInt(25) == 0 ? FacilityStatus.TEMPORARILY_CLOSED : FacilityStatus.OPEN;
		var details = new FacilityDetails(new LocalizedText(pattern[0].formatted(place.name().ar()),
				pattern[1].formatted(en)), type, authority, g.code(), place.id(), lat, lon, null, status);
		return new Facility(details, sectorOfType.get(type), clock.instant());
	}

	private static Double round(Double value) {
		return value == null ? null : Math.round(value * 100_000) / 100_000.0;
	}

	private static String sectorCodeOf(String type) {
		return switch (type) {
			case "PRIMARY_HEALTH_CENTRE", "HOSPITAL", "MCH_CLINIC" -> "HEALTH";
			case "BASIC_SCHOOL", "SECONDARY_SCHOOL" -> "EDUCATION";
			case "WATER_SERVICE_OFFICE" -> "WATER";
			case "ELECTRICITY_OFFICE" -> "ELECTRICITY";
			case "SOCIAL_DEVELOPMENT_OFFICE" -> "SOCIAL";
			case "LABOUR_OFFICE" -> "LABOUR";
			case "MUNICIPAL_SERVICE_CENTRE" -> "MUNICIPAL";
			default -> "TRANSPORT";
		};
	}

	/** The demo authorities and the routing rules of each governorate. */
	private final class Authorities {

		private final Map<String, Long> sector;

		private final Map<String, Long> ministry = new HashMap<>();

		private final Map<String, Long> electricity = new HashMap<>();

		private final long hospitals;

		private final long unrwaWestBank;

		private final long unrwaGaza;

		private final long gazaWater;

		Authorities(Map<String, Long> sector) {
			this.sector = sector;
			ministry.put("HEALTH", save(null, AuthorityKind.MINISTRY, "وزارة الصحة", "Ministry of Health", null, "HEALTH", 21));
			ministry.put("EDUCATION", save(null, AuthorityKind.MINISTRY, "وزارة التربية والتعليم",
					"Ministry of Education", null, "EDUCATION", 21));
			ministry.put("WATER", save(null, AuthorityKind.MINISTRY, "سلطة المياه الفلسطينية",
					"Palestinian Water Authority", null, "WATER", 14));
			ministry.put("ELECTRICITY", save(null, AuthorityKind.MINISTRY, "سلطة الطاقة والموارد الطبيعية",
					"Palestinian Energy and Natural Resources Authority", null, "ELECTRICITY", 14));
			ministry.put("SOCIAL", save(null, AuthorityKind.MINISTRY, "وزارة التنمية الاجتماعية",
					"Ministry of Social Development", null, "SOCIAL", 21));
			ministry.put("LABOUR", save(null, AuthorityKind.MINISTRY, "وزارة العمل", "Ministry of Labour", null,
					"LABOUR", 21));
			ministry.put("MUNICIPAL", save(null, AuthorityKind.MINISTRY, "وزارة الحكم المحلي",
					"Ministry of Local Government", null, "MUNICIPAL", 21));
			ministry.put("TRANSPORT", save(null, AuthorityKind.MINISTRY, "وزارة النقل والمواصلات",
					"Ministry of Transport", null, "TRANSPORT", 21));
			hospitals = save(ministry.get("HEALTH"), AuthorityKind.UNIT, "الإدارة العامة للمستشفيات",
					"General Directorate of Hospitals", null, "HEALTH", 14);
			long energy = ministry.get("ELECTRICITY");
			long nedco = save(energy, AuthorityKind.UTILITY, "شركة توزيع كهرباء الشمال",
					"Northern Electricity Distribution Company (NEDCO)", null, "ELECTRICITY", 7);
			long jdeco = save(energy, AuthorityKind.UTILITY, "شركة كهرباء محافظة القدس",
					"Jerusalem District Electricity Company (JDECO)", null, "ELECTRICITY", 7);
			long hepco = save(energy, AuthorityKind.UTILITY, "شركة كهرباء الخليل", "Hebron Electric Power Company",
					"50", "ELECTRICITY", 7);
			long gedco = save(energy, AuthorityKind.UTILITY, "شركة توزيع كهرباء محافظات غزة",
					"Gaza Electricity Distribution Company (GEDCO)", null, "ELECTRICITY", 7);
			for (String code : List.of("01", "05", "10", "15", "20", "25")) {
				electricity.put(code, nedco);
			}
			for (String code : List.of("30", "35", "40", "45")) {
				electricity.put(code, jdeco);
			}
			electricity.put("50", hepco);
			GAZA.forEach(code -> electricity.put(code, gedco));
			gazaWater = save(ministry.get("WATER"), AuthorityKind.UTILITY, "مصلحة مياه بلديات الساحل",
					"Coastal Municipalities Water Utility", null, "WATER", 14);
			unrwaWestBank = save(null, AuthorityKind.UNRWA, "الأونروا — إقليم الضفة الغربية",
					"UNRWA West Bank Field Office", null, null, 30);
			unrwaGaza = save(null, AuthorityKind.UNRWA, "الأونروا — إقليم غزة", "UNRWA Gaza Field Office", null,
					null, 30);
		}

		/** Creates the governorate's directorates and municipality; answers which unit each sector goes to. */
		Map<String, Long> routesFor(GovernorateSummary g) {
			Map<String, Long> routes = new HashMap<>();
			String ar = g.name().ar();
			String en = g.name().en();
			routes.put("HEALTH", save(ministry.get("HEALTH"), AuthorityKind.DIRECTORATE, "مديرية صحة " + ar,
					en + " Health Directorate", g.code(), "HEALTH", 14));
			routes.put("EDUCATION", save(ministry.get("EDUCATION"), AuthorityKind.DIRECTORATE, "مديرية التربية والتعليم — " + ar,
					en + " Education Directorate", g.code(), "EDUCATION", 14));
			routes.put("SOCIAL", save(ministry.get("SOCIAL"), AuthorityKind.DIRECTORATE, "مديرية التنمية الاجتماعية — " + ar,
					en + " Social Development Directorate", g.code(), "SOCIAL", 14));
			routes.put("LABOUR", save(ministry.get("LABOUR"), AuthorityKind.DIRECTORATE, "مديرية العمل — " + ar,
					en + " Labour Directorate", g.code(), "LABOUR", 14));
			long municipality = save(ministry.get("MUNICIPAL"), AuthorityKind.MUNICIPALITY, "بلدية " + ar,
					en + " Municipality", g.code(), "MUNICIPAL", 14);
			routes.put("MUNICIPAL", municipality);
			routes.put("WATER", GAZA.contains(g.code()) ? gazaWater : municipality);
			routes.put("ELECTRICITY", electricity.get(g.code()));
			routes.put("TRANSPORT", ministry.get("TRANSPORT"));
			routes.put("HOSPITAL", hospitals);
			routes.forEach((key, authority) -> {
				boolean type = key.equals("HOSPITAL");
				rules.save(new RoutingRule(sector.get(type ? "HEALTH" : key), g.code(), type ? "HOSPITAL" : null,
						authority));
			});
			routes.put("UNRWA", GAZA.contains(g.code()) ? unrwaGaza : unrwaWestBank);
			return routes;
		}

		private long save(Long parent, AuthorityKind kind, String ar, String en, String governorate, String sectorCode,
				int days) {
			String mail = "referrals+" + (authorities.count() + 1) + "@authorities.example.ps";
			var details = new AuthorityDetails(parent, kind, new LocalizedText(ar, en), governorate, sectorCode, mail,
					"+970 2 000 0000", null, days);
			return authorities.save(new Authority(details, sectorCode == null ? null : sector.get(sectorCode)))
				.getId();
		}
	}
}
