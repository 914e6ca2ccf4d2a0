package ps.rasd.forms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.VersionStatus;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

@IntegrationTest
@Transactional
class FormBuilderWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FormsManagement forms;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	private RequestPostProcessor admin;

	private FormSummary form;

	@BeforeEach
	void setUp() {
		admin = user(users.loadUserByUsername(AccountFixtures.admin(identity).username()));
		form = forms.create("water-" + System.nanoTime(), new ps.rasd.shared.LocalizedText("بطاقة المياه", "Water"),
				"WATER", null, Principals.admin());
		mvc.post().uri("/admin/forms/" + form.id() + "/sections").with(admin).with(csrf()).param("name", "supply")
			.param("titleAr", "الإمداد").param("version", String.valueOf(draftVersion())).exchange();
	}

	private long draftVersion() {
		return forms.form(form.id()).draft().orElseThrow().version();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult question(String name, String relevant) {
		return mvc.post().uri("/admin/forms/" + form.id() + "/questions").with(admin).with(csrf())
			.param("section", "supply").param("name", name).param("type", "YES_NO_NA")
			.param("labelAr", "هل وصلت المياه هذا الأسبوع؟").param("relevant", relevant).param("indicator", "WATER_SUPPLY")
			.param("points", "yes = 100\nno = 0").param("version", String.valueOf(draftVersion())).exchange();
	}

	@Test
	void aBrokenConditionIsRefusedWhenTheQuestionIsSaved() {
		assertThat(question("water_came", "${x} = 'yes' and")).hasStatusOk().bodyText()
			.contains("id=\"relevant-error\"", "الشرط غير صالح عند الحرف");
		assertThat(forms.form(form.id()).draft().orElseThrow().definition().questions()).isEmpty();
	}

	@Test
	void anAdministratorBuildsPreviewsAndPublishesAVersion() {
		assertThat(question("water_came", "")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/forms/" + form.id()).with(admin).exchange()).hasStatusOk().bodyText()
			.contains("هل وصلت المياه هذا الأسبوع؟");
		long draftId = forms.form(form.id()).draft().orElseThrow().id();
		assertThat(mvc.get().uri("/admin/forms/" + form.id() + "/versions/" + draftId + "/preview").with(admin)
			.cookie(new Cookie("rasd-lang", "en")).exchange()).hasStatusOk().bodyText().contains("dir=\"ltr\"");
		// "preview in English" shows the form in English, the interface stays Arabic
		var english = mvc.get().uri("/admin/forms/" + form.id() + "/versions/" + draftId + "/preview?formLang=en")
			.with(admin).exchange();
		assertThat(english).hasStatusOk().bodyText().contains("<html lang=\"ar\" dir=\"rtl\"", "lang=\"en\" dir=\"ltr\"");
		assertThat(english.getResponse().getCookie("rasd-lang")).isNull();
		assertThat(mvc.get().uri("/admin/forms/" + form.id()).with(admin).exchange()).bodyText()
			.contains("formLang=en").doesNotContain("lang=en\"");
		assertThat(mvc.post().uri("/admin/forms/" + form.id() + "/publish").with(admin).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		var current = forms.form(form.id()).current().orElseThrow();
		assertThat(current.status()).isEqualTo(VersionStatus.PUBLISHED);
		assertThat(current.definition().indicators()).extracting(i -> i.code()).containsExactly("WATER_SUPPLY");
		assertThat(current.definition().indicators().get(0).weight()).isEqualTo(3.0);
	}

	@Test
	void onlyAdministratorsBuildForms() {
		assertThat(mvc.get().uri("/admin/forms").with(user(users.loadUserByUsername(
				AccountFixtures.hebronCoordinator(identity).username()))).exchange()).hasStatus(403);
	}

	@Test
	void exportedJsonImportsBack() throws Exception {
		question("water_came", "");
		forms.publish(form.id(), Principals.admin());
		long versionId = forms.form(form.id()).current().orElseThrow().id();
		String json = mvc.get().uri("/admin/forms/" + form.id() + "/versions/" + versionId + ".json").with(admin)
			.exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		FormSummary copy = forms.importJson("copy-" + System.nanoTime(), "WATER", json, Principals.admin());
		assertThat(copy.draft().orElseThrow().definition().questions()).extracting(q -> q.name())
			.containsExactly("water_came");
	}

	@Test
	void anXlsFormExportedFromAVersionImportsBackWithNothingLeftOut() throws Exception {
		question("water_came", "");
		forms.publish(form.id(), Principals.admin());
		long versionId = forms.form(form.id()).current().orElseThrow().id();
		byte[] xlsx = mvc.get().uri("/admin/forms/" + form.id() + "/versions/" + versionId + ".xlsx").with(admin)
			.exchange().getResponse().getContentAsByteArray();
		String code = "xls-" + System.nanoTime();

		var imported = upload(code, "water.xlsx", xlsx);

		assertThat(imported).hasStatus3xxRedirection();
		assertThat((java.util.List<?>) imported.getMvcResult().getFlashMap().get("xlsformNotes")).isEmpty();
		assertThat(forms.form(code).orElseThrow().draft().orElseThrow().definition())
			.isEqualTo(forms.form(form.id()).current().orElseThrow().definition());
	}

	@Test
	void aKoboSheetImportsWithTheListOfWhatWasLeftOutInTheAdministratorsLanguage() throws Exception {
		java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(xlsx, "Microsoft Excel", "16.0");
		org.dhatim.fastexcel.Worksheet survey = workbook.newWorksheet("survey");
		String[][] rows = { { "type", "name", "label::English (en)", "calculation" },
				{ "integer", "taps", "Working taps", "" }, { "calculate", "double_taps", "", "${taps} * 2" } };
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				survey.value(r, c, rows[r][c]);
			}
		}
		workbook.finish();
		String code = "kobo-" + System.nanoTime();

		var imported = upload(code, "kobo.xlsx", xlsx.toByteArray());

		assertThat(imported).hasStatus3xxRedirection();
		assertThat(imported.getMvcResult().getFlashMap().get("xlsformNotes").toString())
			.contains("Row 3: the calculation \"double_taps\" is not supported by Rasd")
			.contains("the column \"calculation\" is not supported");
		long id = forms.form(code).orElseThrow().id();
		assertThat(mvc.get().uri("/admin/forms/" + id).with(admin)
			.flashAttr("xlsformNotes", java.util.List.of("Row 3: left out")).exchange()).hasStatusOk().bodyText()
			.contains("Row 3: left out");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult upload(String code, String name, byte[] xlsx) {
		return mvc.post().uri("/admin/forms/import").multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("file", name,
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.param("code", code).param("sector", "WATER").with(admin).with(csrf())
			.cookie(new Cookie("rasd-lang", "en")).exchange();
	}
}
