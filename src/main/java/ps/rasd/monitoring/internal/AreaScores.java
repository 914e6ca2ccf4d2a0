package ps.rasd.monitoring.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.spi.PublicStatistics.Cell;
import ps.rasd.shared.spi.PublicStatistics.Filter;

/**
 * The monthly mean score of public visits over the last twelve months in a governorate (one column per sector) or a
 * sector (one column per governorate) or of an authority's facilities (one column per sector). A mean resting on fewer than {@link #MIN_VISITS} visits is not shown.
 */
@Component
public class AreaScores {

	static final int MIN_VISITS = 5;

	static final int MONTHS = 12;

	private final VisitPublicStatistics statistics;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final Clock clock;

	AreaScores(VisitPublicStatistics statistics, RegistryManagement registry, GeographyManagement geography,
			Clock clock) {
		this.statistics = statistics;
		this.registry = registry;
		this.geography = geography;
		this.clock = clock;
	}

	/** The model of the section: exactly one of the codes is given. */
	Map<String, Object> model(String governorateCode, String sectorCode) {
		return model(governorateCode, sectorCode, null);
	}

	/** The model of an authority's section: the facilities of the unit and those under it, one column per sector. */
	Map<String, Object> model(long authorityId) {
		return model(null, null, authorityId);
	}

	private Map<String, Object> model(String governorateCode, String sectorCode, Long authorityId) {
		YearMonth last = YearMonth.from(ExportDays.today(clock));
		YearMonth first = last.minusMonths(MONTHS - 1);
		List<Cell> cells = statistics.cells(new Filter(governorateCode, sectorCode, authorityId, first, last));
		boolean bySector = governorateCode != null || authorityId != null;
		Map<String, LocalizedText> names = new LinkedHashMap<>();
		if (bySector) {
			registry.sectors().forEach(s -> names.put(s.code(), s.name()));
		}
		else {
			geography.governorates().forEach(g -> names.put(g.code(), g.name()));
		}
		Map<String, LocalizedText> columns = new LinkedHashMap<>();
		names.forEach((code, name) -> {
			if (cells.stream().anyMatch(c -> code.equals(bySector ? c.sectorCode() : c.governorateCode()))) {
				columns.put(code, name);
			}
		});
		List<Row> rows = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			List<Double> values = new ArrayList<>();
			for (String code : columns.keySet()) {
				YearMonth m = month;
				values.add(mean(cells.stream()
					.filter(c -> m.equals(c.month()) && code.equals(bySector ? c.sectorCode() : c.governorateCode()))
					.toList()));
			}
			rows.add(new Row(month.toString(), values));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("columns", new ArrayList<>(columns.values()));
		model.put("rows", rows);
		model.put("bySector", bySector);
		model.put("min", MIN_VISITS);
		return model;
	}

	/** The mean of the cells weighted by their visits, or {@code null} when it rests on too few visits. */
	static Double mean(List<Cell> cells) {
		long visits = cells.stream().mapToLong(Cell::reports).sum();
		if (visits < MIN_VISITS) {
			return null;
		}
		return cells.stream().mapToDouble(c -> c.mean() * c.reports()).sum() / visits;
	}

	/**
	 * A month and its means in the order of the columns.
	 *
	 * @param month the month, as {@code yyyy-MM}
	 * @param values a mean per column, {@code null} where suppressed or empty
	 */
	public record Row(String month, List<Double> values) {
	}
}
