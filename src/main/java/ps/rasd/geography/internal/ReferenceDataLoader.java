package ps.rasd.geography.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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

import ps.rasd.geography.domain.Governorate;
import ps.rasd.geography.domain.GovernorateRepository;
import ps.rasd.geography.domain.Place;
import ps.rasd.geography.domain.PlaceRepository;
import ps.rasd.shared.Csv;
import ps.rasd.shared.LocalizedText;

/**
 * Loads the governorates and places shipped under {@code data/reference} into an empty database. Governorates are
 * reference data every installation needs (account scopes refer to them), so they load at every start-up, demo or
 * not, before demo content and commands run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private static final String BASE = "data/reference/";

	private final GovernorateRepository governorates;

	private final PlaceRepository places;

	ReferenceDataLoader(GovernorateRepository governorates, PlaceRepository places) {
		this.governorates = governorates;
		this.places = places;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (governorates.count() == 0) {
			governorates.saveAll(readGovernorates());
			log.info("Loaded {} governorates", governorates.count());
		}
		if (places.count() == 0) {
			places.saveAll(readPlaces());
			log.info("Loaded {} places", places.count());
		}
	}

	private List<Governorate> readGovernorates() {
		Map<String, double[]> centres = new HashMap<>();
		for (CSVRecord r : read("governorate_centres.csv")) {
			centres.put(r.get("ocha_adm2_pcode"),
					new double[] { Double.parseDouble(r.get("center_lat")), Double.parseDouble(r.get("center_lon")) });
		}
		List<Governorate> result = new ArrayList<>();
		int order = 0;
		for (CSVRecord r : read("palestine_governorates.csv")) {
			String pcode = r.get("ocha_adm2_pcode");
			double[] centre = centres.get(pcode);
			String region = "Gaza Strip".equals(r.get("region")) ? "GAZA_STRIP" : "WEST_BANK";
			result.add(new Governorate(r.get("pcbs_code"), pcode, r.get("iso_3166_2"), region,
					new LocalizedText(r.get("name_ar"), r.get("name_en_pcbs")), r.get("name_en_ocha"),
					Integer.parseInt(r.get("census2017_counted_total_t2")), centre == null ? null : centre[0],
					centre == null ? null : centre[1], order++));
		}
		return result;
	}

	private List<Place> readPlaces() {
		List<Place> result = new ArrayList<>();
		for (CSVRecord r : read("places.csv")) {
			String aliases = r.get("aliases_ar");
			List<String> aliasList = aliases == null || aliases.isBlank() ? List.of()
					: Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
			result.add(new Place(r.get("governorate_pcbs"), new LocalizedText(r.get("name_ar"), r.get("name_en")),
					aliasList, parse(r.get("latitude")), parse(r.get("longitude"))));
		}
		return result;
	}

	private static Double parse(String value) {
		return value == null || value.isBlank() ? null : Double.valueOf(value);
	}

	private static List<CSVRecord> read(String file) {
		return Csv.classpath(BASE + file);
	}
}
