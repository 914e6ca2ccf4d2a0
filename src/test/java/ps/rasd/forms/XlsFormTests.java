package ps.rasd.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.archive.ArchiveLimits;

class XlsFormTests {

	@TempDir
	Path dir;

	static FormDefinition everyType() {
		Map<String, Double> points = new LinkedHashMap<>();
		points.put("good", 100.0);
		points.put("bad", 0.0);
		List<Question> first = List.of(
				new Question("service", QuestionType.SINGLE_CHOICE, new LocalizedText("الخدمة", "Service"),
						new LocalizedText("اختر واحدة", "Pick one"), true,
						List.of(new Choice("good", new LocalizedText("جيدة", "Good")),
								new Choice("bad", new LocalizedText("سيئة", null))),
						null, null, new Scoring("quality", points, null)),
				new Question("problems", QuestionType.MULTIPLE_CHOICE, new LocalizedText("المشاكل", "Problems"), null,
						false, List.of(new Choice("water", new LocalizedText("ماء", "Water")),
								new Choice("power", new LocalizedText("كهرباء", "Power"))),
						new Constraint(null, null, null, null, null, "count-selected(.) <= 2",
								new LocalizedText("اختر اثنتين على الأكثر", "Two at most")),
						"${service} = 'bad'", null),
				new Question("rating", QuestionType.RATING, new LocalizedText("التقييم", "Rating"), null, true,
						null, null, null, new Scoring("quality", null, null)),
				new Question("open", QuestionType.YES_NO_NA, new LocalizedText("مفتوح؟", "Open?"), null, true, null,
						null, null, new Scoring("access", Map.of("yes", 100.0, "no", 0.0), null)),
				new Question("waiting", QuestionType.INTEGER, new LocalizedText("الانتظار", "Waiting"), null, false,
						null, new Constraint(BigDecimal.ZERO, new BigDecimal("600"), null, null, null, null, null),
						"${open} = 'yes'", new Scoring("access", null,
								List.of(new Scoring.Band(new BigDecimal("15"), 100), new Scoring.Band(null, 20)))));
		List<Question> second = List.of(
				new Question("fee", QuestionType.DECIMAL, new LocalizedText("الرسوم", "Fee"), null, false, null,
						new Constraint(new BigDecimal("0.5"), null, null, null, null, ". != 3", null), null, null),
				new Question("name", QuestionType.TEXT, new LocalizedText("الاسم", null), null, false, null,
						new Constraint(null, null, 2, 40, "[\\p{L} ]+", null, null), null, null),
				new Question("notes", QuestionType.LONG_TEXT, new LocalizedText("ملاحظات", "Notes"),
						new LocalizedText("بلا أسماء", null), false, null, null, null, null),
				new Question("day", QuestionType.DATE, new LocalizedText("اليوم", "Day"), null, true, null, null,
						null, null),
				new Question("at", QuestionType.TIME, new LocalizedText("الساعة", "Time"), null, false, null, null,
						"not(${day} = '')", null),
				new Question("photo", QuestionType.FILE, new LocalizedText("صورة", "Photo"), null, false, null, null,
						null, null),
				new Question("where", QuestionType.GEOPOINT, new LocalizedText("الموقع", "Location"), null, false,
						null, null, null, null));
		return new FormDefinition(new LocalizedText("نموذج كل الأنواع", "Every type"),
				List.of(new IndicatorWeight("quality", new LocalizedText("الجودة", "Quality"), 2.0, true),
						new IndicatorWeight("access", new LocalizedText("الوصول", null), 1.5, false)),
				List.of(new Section("first", new LocalizedText("الأول", "First"), first),
						new Section("second", new LocalizedText("الثاني", null), second)));
	}

	@Test
	void aFormOfEveryQuestionTypeComesBackTheSameFromItsXlsForm() throws IOException {
		FormDefinition form = everyType();
		assertThat(form.questions().map(Question::type).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(QuestionType.class));
		Path file = dir.resolve("every-type.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			XlsForm.write(form, "every-type", "3", out);
		}

		XlsFormImport read = XlsForm.read(file, "every-type.xlsx", ArchiveLimits.defaults());

		assertThat(read.notes()).isEmpty();
		assertThat(read.definition()).isEqualTo(form);
		assertThat(read.definition().problems()).isEmpty();
	}

	@Test
	void theConstraintColumnHoldsEveryLimitForKoboAndOdk() {
		Constraint c = new Constraint(BigDecimal.ONE, BigDecimal.TEN, null, null, null, ". != 7", null);
		assertThat(c.combined()).isEqualTo(". >= 1 and . <= 10 and (. != 7)");
		assertThat(new Constraint(null, null, 2, null, "[a-z]+", null, null).combined())
			.isEqualTo("string-length(.) >= 2 and regex(., '^(?:[a-z]+)$')");
		assertThat(Constraint.NONE.combined()).isNull();
	}

	@Test
	void aKoboSheetImportsWithANoteForEachThingRasdDoesNotKeep() throws IOException {
		Path file = dir.resolve("kobo.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook wb = new Workbook(out, "Microsoft Excel", "16.0");
			Worksheet survey = wb.newWorksheet("survey");
			rows(survey, List.of("type", "name", "label::English (en)", "label::Arabic (ar)", "required",
					"relevant", "calculation", "choice_filter", "$kuid"),
					List.of("start", "start", "", "", "", "", "", "", "k1"),
					List.of("deviceid", "deviceid", "", "", "", "", "", "", "k2"),
					List.of("begin_group", "clinic", "Clinic", "العيادة", "", "${consent} = 'yes'", "", "", "k3"),
					List.of("select_one yn", "open", "Open?", "مفتوحة؟", "true", "", "", "", "k4"),
					List.of("select_one yn or_other", "staff", "Staff present?", "", "yes", "", "", "name != 'x'", "k5"),
					List.of("integer", "beds", "Beds", "الأسرّة", "", "pulldata('x', 'y', 'z', 1) > 2", "", "", "k6"),
					List.of("calculate", "double_beds", "", "", "", "", "${beds} * 2", "", "k7"),
					List.of("note", "thanks", "Thanks", "شكرا", "", "", "", "", "k8"),
					List.of("begin_repeat", "rooms", "Rooms", "الغرف", "", "", "", "", "k9"),
					List.of("text", "room_name", "Room", "الغرفة", "${open} = 'yes'", "", "", "", "k10"),
					List.of("end_repeat", "", "", "", "", "", "", "", "k11"),
					List.of("geotrace", "path", "Path", "المسار", "", "", "", "", "k12"),
					List.of("select_one_from_file villages.csv", "village", "Village", "القرية", "", "", "", "",
							"k13"),
					List.of("end_group", "", "", "", "", "", "", "", "k14"));
			Worksheet choices = wb.newWorksheet("choices");
			rows(choices, List.of("list_name", "name", "label::English (en)", "label::Arabic (ar)"),
					List.of("yn", "yes", "Yes", "نعم"), List.of("yn", "no", "No", "لا"));
			Worksheet settings = wb.newWorksheet("settings");
			rows(settings, List.of("form_title", "form_id", "default_language"),
					List.of("Clinic check", "clinic_check", "English (en)"));
			wb.finish();
		}

		XlsFormImport read = XlsForm.read(file, "kobo.xlsx", ArchiveLimits.defaults());

		FormDefinition form = read.definition();
		assertThat(form.sections()).extracting(Section::name).containsExactly("clinic");
		assertThat(form.questions().map(Question::name)).containsExactly("open", "staff", "beds", "room_name");
		Question open = form.question("open").orElseThrow();
		assertThat(open.label()).isEqualTo(new LocalizedText("مفتوحة؟", "Open?"));
		assertThat(open.required()).isTrue();
		assertThat(open.relevant()).isEqualTo("${consent} = 'yes'");
		assertThat(form.question("staff").orElseThrow().label()).isEqualTo(new LocalizedText("Staff present?",
				"Staff present?"));
		assertThat(form.question("beds").orElseThrow().relevant()).isEqualTo("${consent} = 'yes'");
		assertThat(form.question("room_name").orElseThrow().relevant())
			.isEqualTo("${consent} = 'yes'");
		Set<String> codes = read.notes().stream().map(XlsFormNote::code).collect(Collectors.toSet());
		assertThat(codes).contains("forms.xlsform.note.metadata", "forms.xlsform.note.or-other",
				"forms.xlsform.note.expression", "forms.xlsform.note.calculate",
				"forms.xlsform.note.unsupported-type", "forms.xlsform.note.repeat",
				"forms.xlsform.note.required-expression", "forms.xlsform.note.unsupported-column",
				"forms.xlsform.note.no-arabic");
		assertThat(read.notes()).filteredOn(n -> n.code().equals("forms.xlsform.note.unsupported-column"))
			.extracting(n -> n.arguments().get(0)).containsExactlyInAnyOrder("calculation", "choice_filter");
		assertThat(read.notes()).filteredOn(n -> n.code().equals("forms.xlsform.note.unsupported-type"))
			.extracting(XlsFormNote::row).containsExactly(9, 13, 14);
	}

	@Test
	void anOldExcelFileOrAnythingElseIsRefusedWithItsName() throws IOException {
		Path xls = dir.resolve("old.xls");
		Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 });
		assertThatThrownBy(() -> XlsForm.read(xls, "old.xls", ArchiveLimits.defaults()))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("forms.xlsform.old-excel"));
		Path text = dir.resolve("form.csv");
		Files.writeString(text, "type,name\ntext,a\n");
		assertThatThrownBy(() -> XlsForm.read(text, "form.csv", ArchiveLimits.defaults()))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("forms.xlsform.not-xlsx"));
	}

	@SafeVarargs
	private static void rows(Worksheet sheet, List<String>... rows) {
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].size(); c++) {
				if (!rows[r].get(c).isEmpty()) {
					sheet.value(r, c, rows[r].get(c));
				}
			}
		}
	}
}
