package ps.rasd.network;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.network.ImportReport.RowDuplicate;
import ps.rasd.network.ImportReport.RowError;
import ps.rasd.network.domain.NameKeys;
import ps.rasd.network.domain.PersonStore;
import ps.rasd.network.domain.PersonStore.NewPerson;
import ps.rasd.network.internal.TableRows;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

/**
 * Imports people from a CSV or XLSX file with a column mapping: every row is checked first (a validation report,
 * nothing saved if any row is wrong), then all rows are saved in one transaction, in batches, each batch checked
 * against the records already there (the same sound of the name, phone or e-mail) and against earlier rows. The
 * file is read twice and never held: memory stays flat whatever its length.
 */
@Service
public class PeopleImport {

	/** The fields a column can be mapped to, in form order. */
	public static final List<String> FIELDS = List.of("nameAr", "nameEn", "sex", "birthYear", "governorate", "place",
			"university", "fieldOfStudy", "profession", "phone", "email");

	private static final int BATCH = 1000;

	private final PersonStore people;

	private final NetworkManagement network;

	private final JdbcClient jdbc;

	private final GeographyManagement geography;

	private final AuditTrail audit;

	private final Clock clock;

	private final NetworkProperties settings;

	PeopleImport(PersonStore people, NetworkManagement network, JdbcClient jdbc, GeographyManagement geography,
			AuditTrail audit, Clock clock, NetworkProperties settings) {
		this.people = people;
		this.network = network;
		this.jdbc = jdbc;
		this.geography = geography;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/** The header of a file, to map its columns. */
	public List<String> headers(Path file, RasdPrincipal actor) {
		NetworkManagement.requireStaffWriter(actor);
		return TableRows.headers(file);
	}

	/** A mapping guessed from the headers (Arabic or English names of the fields). */
	public static Map<String, Integer> guess(List<String> headers) {
		Map<String, List<String>> names = Map.ofEntries(Map.entry("nameAr", List.of("name_ar", "الاسم", "name", "اسم")),
				Map.entry("nameEn", List.of("name_en", "latin", "english name")),
				Map.entry("sex", List.of("sex", "gender", "الجنس")),
				Map.entry("birthYear", List.of("birth_year", "year of birth", "سنة الميلاد", "birth")),
				Map.entry("governorate", List.of("governorate", "المحافظة")),
				Map.entry("place", List.of("place", "town", "المكان", "البلدة")),
				Map.entry("university", List.of("university", "الجامعة")),
				Map.entry("fieldOfStudy", List.of("field_of_study", "field", "major", "التخصص")),
				Map.entry("profession", List.of("profession", "job", "المهنة")),
				Map.entry("phone", List.of("phone", "mobile", "الهاتف", "الجوال", "رقم الهاتف")),
				Map.entry("email", List.of("email", "e-mail", "البريد", "البريد الإلكتروني")));
		Map<String, Integer> mapping = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT);
			for (var field : names.entrySet()) {
				if (!mapping.containsKey(field.getKey()) && field.getValue().contains(header)) {
					mapping.put(field.getKey(), i);
				}
			}
		}
		return mapping;
	}

	/**
	 * Checks every row, and saves them all only if none is wrong.
	 * @param mapping field name ({@link #FIELDS}) to column index
	 * @param defaultGovernorate the governorate of rows that name none, may be {@code null}
	 */
	@Transactional
	public ImportReport run(Path file, Map<String, Integer> mapping, String defaultGovernorate, RasdPrincipal actor) {
		NetworkManagement.requireStaffWriter(actor);
		Map<String, String> governorates = governorateNames();
		Reader reader = Reader.of(actor);
		List<RowError> errors = new ArrayList<>();
		long[] counts = new long[2];
		TableRows.read(file, header -> {
		}, line -> {
			counts[0]++;
			if (counts[0] > settings.importMaxRows()) {
				add(errors, counts, new RowError(line.number(), "", "network.import.too-many"));
				return;
			}
			check(line, mapping, defaultGovernorate, governorates, reader, errors, counts);
		});
		if (counts[1] > 0 || counts[0] == 0) {
			if (counts[0] == 0) {
				add(errors, counts, new RowError(0, "", "network.import.empty"));
			}
			return new ImportReport(counts[0], 0, List.copyOf(errors), counts[1], List.of(), 0);
		}
		Saver saver = new Saver();
		TableRows.read(file, header -> {
		}, line -> saver.add(line.number(), details(line, mapping, defaultGovernorate, governorates)));
		saver.flush();
		audit.record("network.people.imported", "person", "import", null,
				"rows=" + counts[0] + " duplicates=" + saver.duplicateCount);
		return new ImportReport(counts[0], saver.saved, List.of(), 0, List.copyOf(saver.duplicates),
				saver.duplicateCount);
	}

	private void check(TableRows.Line line, Map<String, Integer> mapping, String defaultGovernorate,
			Map<String, String> governorates, Reader reader, List<RowError> errors, long[] counts) {
		PersonDetails details = details(line, mapping, defaultGovernorate, governorates);
		try {
			network.validated(details);
			if (!(reader.is(Role.ADMIN) || reader.isIn(Role.COORDINATOR, details.governorateCode()))) {
				add(errors, counts, new RowError(line.number(), "governorate", "network.import.governorate-not-yours"));
			}
		}
		catch (ps.rasd.shared.InvalidInputException ex) {
			for (var field : ex.fields()) {
				add(errors, counts, new RowError(line.number(), field.field(), field.code()));
			}
		}
	}

	private static void add(List<RowError> errors, long[] counts, RowError error) {
		counts[1]++;
		if (errors.size() < ImportReport.MAX_LISTED) {
			errors.add(error);
		}
	}

	private PersonDetails details(TableRows.Line line, Map<String, Integer> mapping, String defaultGovernorate,
			Map<String, String> governorates) {
		String governorate = line.cell(mapping.get("governorate"));
		String code = governorate == null ? defaultGovernorate
				: governorates.getOrDefault(NameKeys.fold(governorate), "?" + governorate);
		String sex = line.cell(mapping.get("sex"));
		Integer year = null;
		String yearText = line.cell(mapping.get("birthYear"));
		if (yearText != null) {
			try {
				year = Integer.valueOf(ps.rasd.shared.Digits.toLatin(yearText));
			}
			catch (NumberFormatException ex) {
				year = -1;
			}
		}
		return new PersonDetails(line.cell(mapping.get("nameAr")), line.cell(mapping.get("nameEn")), sex(sex), year,
				null, code, line.cell(mapping.get("place")), line.cell(mapping.get("university")),
				line.cell(mapping.get("fieldOfStudy")), line.cell(mapping.get("profession")), null,
				line.cell(mapping.get("phone")), line.cell(mapping.get("email")), null);
	}

	private static String sex(String value) {
		if (value == null) {
			return null;
		}
		String v = NameKeys.fold(value);
		if (Set.of("f", "female", "انثي", "انثى", "ا", "أنثى").contains(v)) {
			return "F";
		}
		if (Set.of("m", "male", "ذكر", "ذ").contains(v)) {
			return "M";
		}
		return value;
	}

	private Map<String, String> governorateNames() {
		Map<String, String> names = new HashMap<>();
		for (var g : geography.governorates()) {
			names.put(NameKeys.fold(g.code()), g.code());
			names.put(NameKeys.fold(g.name().ar()), g.code());
			if (g.name().en() != null) {
				names.put(NameKeys.fold(g.name().en()), g.code());
			}
		}
		return names;
	}

	/** Saves rows in batches, each checked for likely duplicates before it is written. */
	private final class Saver {

		private final List<NewPerson> batch = new ArrayList<>(BATCH);

		private final List<Long> rowNumbers = new ArrayList<>(BATCH);

		private final Map<String, Long> seen = new HashMap<>();

		private final List<RowDuplicate> duplicates = new ArrayList<>();

		private long duplicateCount;

		private long saved;

		void add(long row, PersonDetails details) {
			batch.add(new NewPerson(network.validated(details), null, null, null, Tier.INTERNAL, null, false));
			rowNumbers.add(row);
			if (batch.size() == BATCH) {
				flush();
			}
		}

		void flush() {
			if (batch.isEmpty()) {
				return;
			}
			Map<String, Long> sounds = existing("sound_key", batch.stream().map(p -> NameKeys.sound(p.details().nameAr()))
				.filter(s -> !s.isEmpty()).toList());
			Map<String, Long> phones = existing("phone_key", batch.stream().map(p -> NameKeys.phone(p.details().phone()))
				.filter(java.util.Objects::nonNull).toList());
			Map<String, Long> emails = existing("email_key", batch.stream().map(p -> NameKeys.email(p.details().email()))
				.filter(java.util.Objects::nonNull).toList());
			for (int i = 0; i < batch.size(); i++) {
				PersonDetails d = batch.get(i).details();
				long row = rowNumbers.get(i);
				check(row, d.nameAr(), "sound", NameKeys.sound(d.nameAr()), sounds);
				check(row, d.nameAr(), "phone", NameKeys.phone(d.phone()), phones);
				check(row, d.nameAr(), "email", NameKeys.email(d.email()), emails);
			}
			people.insertAll(batch, clock.instant());
			saved += batch.size();
			batch.clear();
			rowNumbers.clear();
		}

		private void check(long row, String name, String reason, String key, Map<String, Long> existing) {
			if (key == null || key.isEmpty()) {
				return;
			}
			Long earlier = seen.putIfAbsent(reason + ":" + key, row);
			Long found = existing.get(key);
			if (found != null || earlier != null) {
				duplicateCount++;
				if (duplicates.size() < ImportReport.MAX_LISTED) {
					duplicates.add(new RowDuplicate(row, name, found == null ? null : new PersonId(found),
							found == null ? earlier : 0, reason));
				}
			}
		}

		private Map<String, Long> existing(String column, List<String> keys) {
			Map<String, Long> found = new HashMap<>();
			if (keys.isEmpty()) {
				return found;
			}
			List<String> distinct = keys.stream().distinct().toList();
			jdbc.sql("select " + column + ", min(id) from network_person where merged_into is null and erased_at is null "
					+ "and " + column + " in (" + String.join(",", distinct.stream().map(k -> "?").toList())
					+ ") group by " + column)
				.params(new ArrayList<Object>(distinct))
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list()
				.forEach(e -> found.put(e.getKey(), e.getValue()));
			return found;
		}
	}

}
