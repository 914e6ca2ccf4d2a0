package ps.rasd.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.FacilityTypeSummary;
import ps.rasd.registry.ImportReport.RowError;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.Digits;
import ps.rasd.shared.LocalizedText;

/**
 * The facility CSV: UTF-8 (a byte-order mark is written and ignored), one header row whose names may be English
 * column codes or their Arabic names. Parsing checks every row and reports every problem by row and column;
 * nothing is saved here.
 */
public final class FacilityCsv {

	/** The columns, in export order, with the Arabic header that may stand for each. */
	public static final Map<String, String> COLUMNS = new java.util.LinkedHashMap<>();

	static {
		COLUMNS.put("name_ar", "الاسم بالعربية");
		COLUMNS.put("name_en", "الاسم بالإنجليزية");
		COLUMNS.put("type", "النوع");
		COLUMNS.put("governorate", "المحافظة");
		COLUMNS.put("authority_id", "الجهة المسؤولة");
		COLUMNS.put("place_id", "التجمع");
		COLUMNS.put("latitude", "خط العرض");
		COLUMNS.put("longitude", "خط الطول");
		COLUMNS.put("address", "العنوان");
		COLUMNS.put("status", "الحالة");
	}

	private static final Map<String, FacilityStatus> STATUS = Map.of(fold("open"), FacilityStatus.OPEN,
			fold("مفتوح"), FacilityStatus.OPEN, fold("temporarily_closed"), FacilityStatus.TEMPORARILY_CLOSED,
			fold("مغلق مؤقتاً"), FacilityStatus.TEMPORARILY_CLOSED, fold("closed"), FacilityStatus.CLOSED,
			fold("مغلق"), FacilityStatus.CLOSED);

	private static String fold(String value) {
		return ArabicText.searchKey(value).replace(' ', '_');
	}

	/**
	 * What a row is checked against.
	 *
	 * @param governorates governorates by PCBS code
	 * @param types facility types by code
	 * @param authorityExists whether an authority id exists
	 * @param placeGovernorate the governorate of a place id, if the place exists
	 * @param suggestedAuthority the routing rule's unit for (type, governorate), when the row names none
	 * @param mayManage whether the importing person may manage facilities of a governorate
	 */
	public record Lookups(Map<String, GovernorateSummary> governorates, Map<String, FacilityTypeSummary> types,
			Function<Long, Boolean> authorityExists, Function<Long, Optional<String>> placeGovernorate,
			java.util.function.BiFunction<FacilityTypeSummary, String, Optional<Long>> suggestedAuthority,
			Function<String, Boolean> mayManage) {
	}

	/**
	 * The parsed rows and the problems found.
	 *
	 * @param rows the facilities read, when there are no errors
	 * @param errors every problem
	 */
	public record Parsed(List<FacilityDetails> rows, List<RowError> errors) {
	}

	private FacilityCsv() {
	}

	/** Reads and checks a whole file. */
	public static Parsed parse(Reader reader, Lookups lookups) {
		List<FacilityDetails> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(reader)) {
			Map<String, String> header = header(parser.getHeaderNames(), errors);
			if (!errors.isEmpty()) {
				return new Parsed(List.of(), errors);
			}
			for (CSVRecord record : parser) {
				new Row(record, header, lookups, errors).read().ifPresent(rows::add);
			}
			if (rows.isEmpty() && errors.isEmpty()) {
				errors.add(new RowError(1, "", "registry.import.empty", ""));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			errors.add(new RowError(0, "", "registry.import.unreadable", ""));
		}
		return new Parsed(errors.isEmpty() ? rows : List.of(), errors);
	}

	/** Maps each known column to the header the file uses for it; reports unknown and missing columns. */
	private static Map<String, String> header(List<String> names, List<RowError> errors) {
		Map<String, String> header = new HashMap<>();
		for (String raw : names) {
			String name = raw.replace("\uFEFF", "").strip();
			Optional<String> column = COLUMNS.entrySet().stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name)
						|| ArabicText.searchKey(e.getValue()).equals(ArabicText.searchKey(name)))
				.map(Map.Entry::getKey).findFirst();
			if (column.isPresent()) {
				header.put(column.get(), raw);
			}
			else {
				errors.add(new RowError(1, name, "registry.import.unknown-column", name));
			}
		}
		for (String required : List.of("name_ar", "type", "governorate")) {
			if (!header.containsKey(required)) {
				errors.add(new RowError(1, required, "registry.import.missing-column", required));
			}
		}
		return header;
	}

	/** Writes facilities with a byte-order mark, English column codes and the values as stored. */
	public static void write(Writer out, Iterable<FacilitySummary> facilities) {
		try {
			out.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
					COLUMNS.keySet().toArray(String[]::new)).get());
			for (FacilitySummary f : facilities) {
				printer.printRecord(f.name().ar(), f.name().en(), f.typeCode(), f.governorateCode(), f.authorityId(),
						f.placeId(), f.latitude(), f.longitude(), f.address(), f.status().name().toLowerCase(Locale.ROOT));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row being read. */
	private static final class Row {

		private final CSVRecord record;

		private final Map<String, String> header;

		private final Lookups lookups;

		private final List<RowError> errors;

		private final int before;

		private final int line;

		Row(CSVRecord record, Map<String, String> header, Lookups lookups, List<RowError> errors) {
			this.record = record;
			this.header = header;
			this.lookups = lookups;
			this.errors = errors;
			this.before = errors.size();
			this.line = (int) record.getRecordNumber() + 1;
		}

		Optional<FacilityDetails> read() {
			String nameAr = value("name_ar");
			if (nameAr.isEmpty()) {
				error("name_ar", "registry.import.required", nameAr);
			}
			FacilityTypeSummary type = type(value("type"));
			GovernorateSummary governorate = governorate(value("governorate"));
			if (governorate != null && !lookups.mayManage().apply(governorate.code())) {
				error("governorate", "registry.import.forbidden-governorate", value("governorate"));
			}
			Long authority = authority(type, governorate);
			Long place = number("place_id", Long::valueOf);
			if (place != null && governorate != null && !lookups.placeGovernorate().apply(place)
				.map(governorate.code()::equals).orElse(false)) {
				error("place_id", "registry.import.place", String.valueOf(place));
			}
			Double lat = number("latitude", Double::valueOf);
			Double lon = number("longitude", Double::valueOf);
			if ((lat == null) != (lon == null) || (lat != null && (lat < 29.4 || lat > 33.4 || lon < 34.2
					|| lon > 35.6))) {
				error("latitude", "registry.import.coordinates", value("latitude") + " " + value("longitude"));
			}
			FacilityStatus status = status(value("status"));
			if (errors.size() > before) {
				return Optional.empty();
			}
			return Optional.of(new FacilityDetails(new LocalizedText(nameAr, value("name_en")), type.code(),
					authority, governorate.code(), place, lat, lon, value("address"), status));
		}

		private FacilityTypeSummary type(String value) {
			FacilityTypeSummary type = lookups.types().get(value.toUpperCase(Locale.ROOT));
			if (type == null) {
				type = lookups.types().values().stream()
					.filter(t -> ArabicText.searchKey(t.name().ar()).equals(ArabicText.searchKey(value))).findFirst()
					.orElse(null);
			}
			if (type == null) {
				error("type", value.isEmpty() ? "registry.import.required" : "registry.import.type", value);
			}
			return type;
		}

		private GovernorateSummary governorate(String value) {
			String latin = Digits.toLatin(value);
			String code = latin.length() == 1 ? "0" + latin : latin;
			GovernorateSummary g = lookups.governorates().get(code);
			if (g == null) {
				String key = ArabicText.searchKey(value);
				g = lookups.governorates().values().stream()
					.filter(x -> ArabicText.searchKey(x.name().ar()).equals(key)
							|| ArabicText.searchKey(x.name().en()).equals(key))
					.findFirst().orElse(null);
			}
			if (g == null) {
				error("governorate", value.isEmpty() ? "registry.import.required" : "registry.import.governorate", value);
			}
			return g;
		}

		private Long authority(FacilityTypeSummary type, GovernorateSummary governorate) {
			Long id = number("authority_id", Long::valueOf);
			if (id != null) {
				if (!lookups.authorityExists().apply(id)) {
					error("authority_id", "registry.import.authority", String.valueOf(id));
				}
				return id;
			}
			if (type == null || governorate == null) {
				return null;
			}
			Optional<Long> suggested = lookups.suggestedAuthority().apply(type, governorate.code());
			if (suggested.isEmpty()) {
				error("authority_id", "registry.import.no-authority", "");
			}
			return suggested.orElse(null);
		}

		private FacilityStatus status(String value) {
			if (value.isEmpty()) {
				return FacilityStatus.OPEN;
			}
			FacilityStatus status = STATUS.get(fold(value));
			if (status == null) {
				error("status", "registry.import.status", value);
			}
			return status;
		}

		private <T> T number(String column, Function<String, T> parse) {
			String value = Digits.toLatin(value(column));
			if (value.isEmpty()) {
				return null;
			}
			try {
				return parse.apply(value);
			}
			catch (NumberFormatException ex) {
				error(column, "registry.import.number", value);
				return null;
			}
		}

		private String value(String column) {
			String name = header.get(column);
			return name == null || !record.isSet(name) ? "" : record.get(name).strip();
		}

		private void error(String column, String code, String value) {
			errors.add(new RowError(line, column, code, value));
		}
	}
}
