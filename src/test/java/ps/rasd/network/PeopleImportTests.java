package ps.rasd.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PeopleImportTests {

	@Autowired
	PeopleImport imports;

	@Autowired
	NetworkManagement network;

	@TempDir
	Path folder;

	private final RasdPrincipal hebron = Principals.coordinator(301, "50");

	private Path csv(String text) throws IOException {
		Path file = folder.resolve("people.csv");
		Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
		return file;
	}

	private Map<String, Integer> mapping(Path file) {
		return PeopleImport.guess(imports.headers(file, hebron));
	}

	@Test
	void aFileWithAnyWrongRowSavesNothingAndSaysWhichRowsAreWrong() throws IOException {
		long before = network.countPeople(null, "50", hebron);
		Path file = csv("""
				الاسم,الهاتف,البريد,المحافظة
				ريم خالد,0599123123,reem@example.org,الخليل
				,0599123124,,الخليل
				باسل عمر,0599123125,not-an-address,Hebron
				""");
		ImportReport report = imports.run(file, mapping(file), null, hebron);
		assertThat(report.refused()).isTrue();
		assertThat(report.imported()).isZero();
		assertThat(report.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "nameAr"), org.assertj.core.groups.Tuple.tuple(4L, "email"));
		assertThat(network.countPeople(null, "50", hebron)).isEqualTo(before);
	}

	@Test
	void rowsOfAnotherGovernorateThanTheCoordinatorsAreRefused() throws IOException {
		Path file = csv("name,governorate\nريم خالد,Bethlehem\n");
		ImportReport report = imports.run(file, mapping(file), null, hebron);
		assertThat(report.errors()).extracting(ImportReport.RowError::code)
			.containsExactly("network.import.governorate-not-yours");
	}

	@Test
	void aGoodFileIsSavedWholeWithLikelyDuplicatesReported() throws IOException {
		PersonSummary existing = network.create(PersonDetails.named("أحمد محمود الخطيب", "50")
			.withContacts("0599777888", null), hebron);
		Path file = csv("""
				name;phone;governorate;field_of_study
				احمد محمود الخطيب;;50;هندسة
				سلمى ناصر;+970 599 777 888;الخليل;قانون
				ليث جابر;0599000001;Hebron;طب
				ليث جابر;;الخليل;طب
				""");
		ImportReport report = imports.run(file, mapping(file), null, hebron);
		assertThat(report.refused()).isFalse();
		assertThat(report.imported()).isEqualTo(4);
		assertThat(report.duplicates()).extracting(ImportReport.RowDuplicate::row, ImportReport.RowDuplicate::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "sound"),
					org.assertj.core.groups.Tuple.tuple(3L, "phone"), org.assertj.core.groups.Tuple.tuple(5L, "sound"));
		assertThat(report.duplicates().get(0).existing()).isEqualTo(existing.id());
		assertThat(report.duplicates().get(2).earlierRow()).isEqualTo(4);
		assertThat(network.people("ليث جابر", "50", 0, 10, hebron)).hasSize(2)
			.allSatisfy(p -> assertThat(p.details().fieldOfStudy()).isEqualTo("طب"));
	}

	@Test
	void anXlsxFileIsReadLikeACsvFile() throws IOException {
		Path file = folder.resolve("people.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("people");
			List<List<Object>> rows = List.of(List.of("name_ar", "sex", "birth_year", "governorate"),
					List.of("منى يوسف", "أنثى", 2001, "الخليل"), List.of("Omar Ali", "M", 1999, "50"));
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object v = rows.get(r).get(c);
					if (v instanceof Number n) {
						sheet.value(r, c, n);
					}
					else {
						sheet.value(r, c, (String) v);
					}
				}
			}
			workbook.finish();
		}
		ImportReport report = imports.run(file, mapping(file), null, hebron);
		assertThat(report.refused()).isFalse();
		assertThat(report.imported()).isEqualTo(2);
		PersonSummary mona = network.people("منى يوسف", "50", 0, 1, hebron).get(0);
		assertThat(mona.details().sex()).isEqualTo("F");
		assertThat(mona.details().birthYear()).isEqualTo(2001);
	}
}
