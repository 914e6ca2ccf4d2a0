package ps.rasd.analytics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import ps.rasd.analytics.MapProperties;
import ps.rasd.analytics.internal.Dashboards.Value;
import ps.rasd.shared.spi.GovernorateFacts;
import ps.rasd.shared.spi.GovernorateFacts.Governorate;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.spi.PublicStatistics.Measure;
import ps.rasd.shared.spi.PublicStatistics.StateGroup;
import ps.rasd.shared.spi.PublicStatistics.Cell;
import ps.rasd.shared.spi.PublicStatistics.Filter;

/**
 * The public map: per governorate the published cases, the cases per 10,000 people (2017 census) and the service
 * quality index, joined to the simplified OCHA boundaries on the p-code; and the published cases gathered on a grid.
 * Figures resting on fewer than {@link Dashboards#MIN_REPORTS} reports are suppressed, as on the dashboards.
 */
@Service
public class MapData {

	/** The simplified boundaries, served as a static file too. */
	public static final String BOUNDARIES = "static/geo/governorates.geojson";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<Measure, PublicStatistics> statistics;

	private final List<GovernorateFacts> facts;

	private final MapProperties properties;

	private final Dashboards dashboards;

	private final FiguresCache cache;

	MapData(List<PublicStatistics> statistics, List<GovernorateFacts> facts, MapProperties properties,
			Dashboards dashboards, FiguresCache cache) {
		this.dashboards = dashboards;
		this.statistics = statistics.stream().collect(Collectors.toMap(PublicStatistics::measure, s -> s));
		this.facts = facts;
		this.properties = properties;
		this.cache = cache;
	}

	/**
	 * One row per governorate, in order. The counts are those of the dashboard without filters (its cases by
	 * governorate), so that a count it withholds, small or secondary, is withheld here too, with the rate drawn from it.
	 */
	public List<Area> areas(Locale locale) {
		Map<String, List<Cell>> cases = byGovernorate(Measure.REPORTS);
		Map<String, List<Cell>> quality = byGovernorate(Measure.QUALITY_INDEX);
		Map<String, Value> shown = new java.util.HashMap<>();
		dashboards.build(Filter.all(), locale).tables().stream().filter(t -> t.id().equals("cases-by-governorate"))
			.flatMap(t -> t.rows().stream())
			.forEach(r -> shown.put(r.key(), r.values().get(0)));
		List<Area> areas = new ArrayList<>();
		for (GovernorateFacts source : facts) {
			for (Governorate g : source.governorates()) {
				long n = cases.getOrDefault(g.code(), List.of()).stream().mapToLong(Cell::reports).sum();
				Value count = shown.getOrDefault(g.code(), Dashboards.count(n));
				Value rate = count.suppressed() || n < Dashboards.MIN_REPORTS ? Value.SUPPRESSED
						: new Value(String.format(Locale.ROOT, "%.2f", 10000.0 * n / g.population2017()), false);
				areas.add(new Area(g.code(), g.ochaPcode(), g.name().in(locale), g.population2017(),
						count, rate, Dashboards.mean(quality.getOrDefault(g.code(), List.of()))));
			}
		}
		return areas;
	}

	/** The boundaries with the figures as properties, and the grid of cases as points. */
	public String geoJson(Locale locale) {
		ObjectNode root = boundaries();
		Map<String, Area> byPcode = areas(locale).stream().collect(Collectors.toMap(Area::ochaPcode, a -> a));
		ArrayNode features = (ArrayNode) root.get("features");
		for (JsonNode feature : features) {
			ObjectNode props = (ObjectNode) feature.get("properties");
			Area area = byPcode.get(props.get("adm2_pcode").asString());
			if (area != null) {
				props.put("code", area.code()).put("name", area.name()).put("population", area.population());
				put(props, "cases", area.cases());
				put(props, "rate", area.rate());
				put(props, "quality", area.quality());
			}
		}
		PublicStatistics cases = statistics.get(Measure.REPORTS);
		List<PublicStatistics.Point> points = cases == null ? List.of()
				: cache.get(List.of("points", properties.gridDegrees()),
						() -> cases.points(Filter.all(), properties.gridDegrees()));
		for (PublicStatistics.Point p : points) {
			ObjectNode point = features.addObject().put("type", "Feature");
			ObjectNode props = point.putObject("properties");
			put(props, "reports", Dashboards.count(p.reports()));
			ArrayNode coordinates = point.putObject("geometry").put("type", "Point").putArray("coordinates");
			coordinates.add(round(p.longitude())).add(round(p.latitude()));
		}
		return JSON.writeValueAsString(root);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 10000) / 10000.0;
	}

	private static void put(ObjectNode props, String name, Value value) {
		if (value.suppressed()) {
			props.putNull(name);
		}
		else {
			props.put(name, Double.parseDouble(value.text()));
		}
	}

	private Map<String, List<Cell>> byGovernorate(Measure name) {
		PublicStatistics source = statistics.get(name);
		List<Cell> cells = source == null ? List.of()
				: cache.get(List.of("cells", name, Filter.all()), () -> source.cells(Filter.all()));
		return cells.stream().collect(Collectors.groupingBy(Cell::governorateCode));
	}

	private static ObjectNode boundaries() {
		try (InputStream in = new ClassPathResource(BOUNDARIES).getInputStream()) {
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A governorate on the map.
	 *
	 * @param cases published cases
	 * @param rate published cases per 10,000 people
	 * @param quality the service quality index
	 */
	public record Area(String code, String ochaPcode, String name, int population, Value cases, Value rate,
			Value quality) {
	}
}
