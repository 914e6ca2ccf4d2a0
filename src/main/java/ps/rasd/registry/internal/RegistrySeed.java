package ps.rasd.registry.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.registry.domain.FacilityType;
import ps.rasd.registry.domain.FacilityTypeRepository;
import ps.rasd.registry.domain.Indicator;
import ps.rasd.registry.domain.IndicatorRepository;
import ps.rasd.registry.domain.Sector;
import ps.rasd.registry.domain.SectorRepository;
import ps.rasd.shared.Csv;
import ps.rasd.shared.LocalizedText;

/**
 * The starting configuration of the registry — eight sectors, their indicators and facility types — loaded into an
 * empty database at every start, demo or not (see {@code data/registry/README.md}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RegistrySeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistrySeed.class);

	private final SectorRepository sectors;

	private final IndicatorRepository indicators;

	private final FacilityTypeRepository types;

	RegistrySeed(SectorRepository sectors, IndicatorRepository indicators, FacilityTypeRepository types) {
		this.sectors = sectors;
		this.indicators = indicators;
		this.types = types;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (sectors.count() > 0) {
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		int order = 0;
		for (CSVRecord r : Csv.classpath("data/registry/sectors.csv")) {
			Sector sector = sectors.save(new Sector(r.get("code"), new LocalizedText(r.get("name_ar"), r.get("name_en")),
					new LocalizedText(r.get("description_ar"), r.get("description_en")), order++));
			ids.put(sector.getCode(), sector.getId());
		}
		order = 0;
		for (CSVRecord r : Csv.classpath("data/registry/indicators.csv")) {
			indicators.save(new Indicator(ids.get(r.get("sector")), r.get("code"),
					new LocalizedText(r.get("name_ar"), r.get("name_en")), null, new BigDecimal(r.get("weight")),
					Boolean.parseBoolean(r.get("higher_is_better")), order++));
		}
		order = 0;
		for (CSVRecord r : Csv.classpath("data/registry/facility_types.csv")) {
			types.save(new FacilityType(r.get("code"), ids.get(r.get("sector")),
					new LocalizedText(r.get("name_ar"), r.get("name_en")), order++));
		}
		log.info("Loaded {} sectors, {} indicators, {} facility types", sectors.count(), indicators.count(),
				types.count());
	}
}
