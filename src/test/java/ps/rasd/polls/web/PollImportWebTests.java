package ps.rasd.polls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.ResponseSummary;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PollFixtures;
import ps.rasd.support.Principals;

@IntegrationTest
@Transactional
class PollImportWebTests {

	/** The questions of the demo questionnaire that every row must answer, as the file's headers. */
	private static final List<String> NAMES = List.of("governorate", "locality", "sex", "age", "education",
			"health_rating", "education_rating", "water_rating", "electricity_rating", "municipal_rating",
			"services_used", "top_problem", "free_expression", "complained");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PollManagement polls;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	FormsManagement forms;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	private PollSummary poll;

	private RequestPostProcessor analyst;

	@BeforeEach
	void setUp() {
		poll = PollFixtures.pollInFieldwork(polls, forms);
		String username = identity.createWithPassword(AccountFixtures.uniqueName("analyst"),
				new AccountDetails("باحث", null, EnumSet.of(Role.ANALYST), Set.of()), AccountFixtures.PASSWORD)
			.username();
		analyst = user(users.loadUserByUsername(username));
	}

	@Test
	void aCsvWithArabicHeadersLabelsAndArabicDigitsIsMatchedAndImported() {
		String csv = "\uFEFFفي أي محافظة تقيم؟;نوع التجمع السكاني الذي تقيم فيه;الجنس;العمر بالسنوات;education;"
				+ "health_rating;education_rating;water_rating;electricity_rating;municipal_rating;services_used;"
				+ "top_problem;free_expression;complained;المدة\n"
				+ "الخليل;حضر;أنثى;٢٣;جامعي فأعلى;٤;3;2;5;1;Public school, مركز صحي أو مستشفى حكومي;"
				+ "طول الانتظار;نعم;لا;٣٠٠\n"
				+ "Gaza;Refugee camp;Male;41;secondary;2;2;1;1;3;municipal;cost;no;no;620\n";
		String mapping = upload(new MockMultipartFile("file", "responses.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)));

		MvcTestResult page = mvc.get().uri(mapping).with(analyst).exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("<option value=\"الجنس\" selected=\"selected\">", "<option value=\"المدة\" selected=\"selected\">",
					"<option value=\"في أي محافظة تقيم؟\" selected=\"selected\">");

		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("governorate", "في أي محافظة تقيم؟");
		columns.put("locality", "نوع التجمع السكاني الذي تقيم فيه");
		columns.put("sex", "الجنس");
		columns.put("age", "العمر بالسنوات");
		NAMES.stream().skip(4).forEach(n -> columns.put(n, n));
		assertThat(submit(mapping, columns, "المدة")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/polls/" + poll.id());

		List<ResponseSummary> kept = fieldwork.allResponses(poll.id(), Principals.analyst());
		assertThat(kept).hasSize(2);
		assertThat(kept.get(0).answers()).containsEntry("governorate", "50").containsEntry("locality", "urban")
			.containsEntry("sex", "female").containsEntry("age", "23").containsEntry("education", "university")
			.containsEntry("health_rating", "4").containsEntry("services_used", "health school")
			.containsEntry("top_problem", "waiting").containsEntry("free_expression", "yes");
		assertThat(kept.get(0).variables()).containsEntry("age_group", "18_29");
		assertThat(kept.get(1).answers()).containsEntry("governorate", "60").containsEntry("locality", "camp")
			.containsEntry("services_used", "municipal");
		assertThat(kept.get(0).durationSeconds()).isBetween(299, 301);
		assertThat(kept.get(1).durationSeconds()).isBetween(619, 621);
	}

	@Test
	void anXlsxFileIsImportedWithNumbersAsCells() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(bytes, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("responses");
		for (int i = 0; i < NAMES.size(); i++) {
			sheet.value(0, i, NAMES.get(i));
		}
		sheet.value(0, NAMES.size(), "duration");
		for (int r = 1; r <= 3; r++) {
			Map<String, String> answers = PollFixtures.answers("45", r == 2 ? "female" : "male", 30 + r, "rural", r);
			for (int i = 0; i < NAMES.size(); i++) {
				String value = answers.get(NAMES.get(i));
				if (value.matches("\\d+") && !"governorate".equals(NAMES.get(i))) {
					sheet.value(r, i, Integer.parseInt(value));
				}
				else {
					sheet.value(r, i, value);
				}
			}
			sheet.value(r, NAMES.size(), 240 * r);
		}
		workbook.finish();
		String mapping = upload(new MockMultipartFile("file", "responses.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray()));

		Map<String, String> columns = new LinkedHashMap<>();
		NAMES.forEach(n -> columns.put(n, n));
		assertThat(submit(mapping, columns, "duration")).hasStatus3xxRedirection();

		List<ResponseSummary> kept = fieldwork.allResponses(poll.id(), Principals.analyst());
		assertThat(kept).hasSize(3);
		assertThat(kept).extracting(r -> r.answers().get("age")).containsExactly("31", "32", "33");
		assertThat(kept).extracting(r -> r.answers().get("health_rating")).containsExactly("1", "2", "3");
		assertThat(kept.get(1).answers()).containsEntry("governorate", "45").containsEntry("sex", "female");
		assertThat(kept.get(2).durationSeconds()).isBetween(719, 721);
	}

	@Test
	void aRequiredQuestionWithoutAColumnIsNamedAndNothingIsImported() {
		String mapping = upload(csv(NAMES.stream().filter(n -> !"sex".equals(n)).toList(),
				List.of(PollFixtures.answers("50", "male", 25, "urban", 3))));
		Map<String, String> columns = new LinkedHashMap<>();
		NAMES.stream().filter(n -> !"sex".equals(n)).forEach(n -> columns.put(n, n));
		columns.put("age", "age");

		assertThat(submit(mapping, columns, "")).hasStatus(422).bodyText()
			.contains("لا يوجد في الملف عمود يعطي إجابات السؤال المطلوب: الجنس (sex)",
					"<option value=\"age\" selected=\"selected\">");
		assertThat(fieldwork.responseCounts(poll.id())[0]).isZero();

		columns.put("sex", "gender");
		assertThat(submit(mapping, columns, "")).hasStatus(422).bodyText()
			.contains("لا يوجد في الملف عمود باسم gender");
	}

	@Test
	void aValueOutsideTheChoicesIsReportedWithItsRowAndQuestionAndNothingIsSaved() {
		Map<String, String> good = PollFixtures.answers("50", "male", 25, "urban", 3);
		Map<String, String> bad = new LinkedHashMap<>(good);
		bad.put("governorate", "Atlantis");
		bad.put("age", "١٢");
		String mapping = upload(csv(NAMES, List.of(good, good, bad)));
		Map<String, String> columns = new LinkedHashMap<>();
		NAMES.forEach(n -> columns.put(n, n));

		MvcTestResult result = submit(mapping, columns, "");
		assertThat(result).hasStatus(422).bodyText()
			.contains("لم يُستورد شيء", "تقرير التحقق", "<td class=\"num\">٤</td>", "governorate",
					"اختر من الخيارات المعروضة.", "Atlantis", "يجب ألا تقل القيمة عن 18.", "١٢",
					"<option value=\"top_problem\" selected=\"selected\">");
		assertThat(fieldwork.responseCounts(poll.id())[0]).isZero();
	}

	@Test
	void aFileThatCannotBeReadIsNamed() {
		byte[] latin1 = "governorate,sex\nالخليل,ذكر\n".getBytes(java.nio.charset.Charset.forName("windows-1256"));
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/import").with(analyst).with(csrf()).multipart()
			.file(new MockMultipartFile("file", "old.csv", "text/csv", latin1)).exchange()).hasStatus(422)
			.bodyText().contains("الملف old.csv ليس بترميز UTF-8");
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/import").with(analyst).with(csrf()).multipart()
			.file(new MockMultipartFile("file", "broken.xlsx", "application/octet-stream",
					new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2 }))
			.exchange()).hasStatus(422).bodyText().contains("الملف broken.xlsx ليس ملف XLSX يمكن قراءته");
	}

	@Test
	void anUploadIsOnlyForWhoeverMadeIt() {
		String mapping = upload(csv(NAMES, List.of(PollFixtures.answers("50", "male", 25, "urban", 3))));
		String other = identity.createWithPassword(AccountFixtures.uniqueName("analyst"),
				new AccountDetails("باحثة أخرى", null, EnumSet.of(Role.ANALYST), Set.of()), AccountFixtures.PASSWORD)
			.username();
		assertThat(mvc.get().uri(mapping).with(user(users.loadUserByUsername(other))).exchange())
			.hasStatus3xxRedirection().hasRedirectedUrl("/polls/" + poll.id() + "/import");
	}

	private String upload(MockMultipartFile file) {
		MvcTestResult result = mvc.post().uri("/polls/" + poll.id() + "/import").with(analyst).with(csrf())
			.multipart().file(file).exchange();
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/polls/" + poll.id() + "/import/");
		return location;
	}

	private MvcTestResult submit(String mapping, Map<String, String> columns, String duration) {
		var request = mvc.post().uri(mapping).with(analyst).with(csrf()).param("duration", duration);
		columns.forEach((question, column) -> request.param("col." + question, column));
		return request.exchange();
	}

	private static MockMultipartFile csv(List<String> headers, List<Map<String, String>> rows) {
		StringBuilder text = new StringBuilder(String.join(",", headers)).append('\n');
		for (Map<String, String> row : rows) {
			text.append(String.join(",", headers.stream().map(h -> row.getOrDefault(h, "")).toList())).append('\n');
		}
		return new MockMultipartFile("file", "responses.csv", "text/csv",
				text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
