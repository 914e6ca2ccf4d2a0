package ps.rasd.polls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.polls.PollTargets;
import ps.rasd.polls.TargetTable;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/** The population targets pages: the seeded tables, a new table, and bad tables refused whole with their reasons. */
@IntegrationTest
@Transactional
class PopulationTargetsWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PollTargets targets;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	UserDetails analyst;

	@BeforeEach
	void analyst() {
		analyst = users.loadUserByUsername(identity.createWithPassword(AccountFixtures.uniqueName("analyst"),
				new AccountDetails("Analyst", null, EnumSet.of(Role.ANALYST), Set.of()), AccountFixtures.PASSWORD)
			.username());
	}

	private int count() {
		return targets.tables((RasdPrincipal) analyst).size();
	}

	@Test
	void theCensusTablesAreSeededOnceAndListed() throws Exception {
		assertThat(targets.tables()).extracting(t -> t.table().variable()).contains("governorate", "sex", "age_group");
		assertThat(targets.seed()).isZero();
		TargetTable governorates = targets.tables().stream().filter(t -> t.table().variable().equals("governorate"))
			.findFirst().orElseThrow();
		assertThat(governorates.seeded()).isTrue();
		assertThat(governorates.table().rows()).hasSize(16);
		String page = mvc.get().uri("/polls/targets").with(user(analyst)).cookie(new Cookie("rasd-lang", "en"))
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Population targets").contains("governorate").contains("From the census data");
		String arabic = mvc.get().uri("/polls/targets/" + governorates.id()).with(user(analyst))
			.cookie(new Cookie("rasd-lang", "ar")).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(arabic).contains("جدول الأهداف: governorate").contains("جنين").contains("308618");
	}

	@Test
	void aNewTableIsSavedWhole() throws Exception {
		int before = count();
		MvcTestResult saved = mvc.post().uri("/polls/targets").with(user(analyst)).with(csrf())
			.param("variable", "education").param("nameAr", "التعليم").param("nameEn", "Education")
			.param("source", "PCBS Labour Force Survey 2025").param("year", "٢٠٢٥").param("kind", "PERCENT")
			.param("rows[0].category", "basic").param("rows[0].nameAr", "أساسي").param("rows[0].value", "40")
			.param("rows[1].category", "secondary").param("rows[1].nameAr", "ثانوي").param("rows[1].value", "35.5")
			.param("rows[2].category", "university").param("rows[2].nameAr", "جامعي").param("rows[2].value", "24.5")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(count()).isEqualTo(before + 1);
		TargetTable table = targets.tables().stream().filter(t -> t.table().variable().equals("education"))
			.findFirst().orElseThrow();
		assertThat(table.table().year()).isEqualTo(2025);
		assertThat(table.table().shares().get("secondary")).isEqualTo(0.355);
	}

	@Test
	void percentagesThatDoNotAddUpAreRefusedNamingTheTableAndNothingIsSaved() throws Exception {
		int before = count();
		MvcTestResult english = post("en", "50", "40");
		assertThat(english).hasStatus(422);
		assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("The percentages of the target table of sex2 add up to 90 instead of 100.")
			.contains("value=\"40\"");
		MvcTestResult arabic = post("ar", "50", "40");
		assertThat(arabic).hasStatus(422);
		assertThat(arabic.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("مجموع النسب في جدول أهداف sex2").contains("لم يُحفظ الجدول");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aValueThatIsNotANumberIsRefusedNamingTheRow() throws Exception {
		int before = count();
		MvcTestResult english = post("en", "50", "half");
		assertThat(english).hasStatus(422);
		assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("The value of row 2 of the target table of sex2 (category female) is not a number: half");
		MvcTestResult arabic = post("ar", "50", "half");
		assertThat(arabic.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("(الفئة female) ليست رقماً: half");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aRepeatedCategoryIsRefused() throws Exception {
		MvcTestResult result = mvc.post().uri("/polls/targets").with(user(analyst)).with(csrf())
			.cookie(new Cookie("rasd-lang", "en")).param("variable", "sex2").param("nameAr", "الجنس")
			.param("source", "census").param("kind", "COUNTS").param("rows[0].category", "male")
			.param("rows[0].nameAr", "ذكور").param("rows[0].value", "10").param("rows[1].category", "male")
			.param("rows[1].nameAr", "ذكور").param("rows[1].value", "10").exchange();
		assertThat(result).hasStatus(422);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("The category male appears twice in the target table of sex2");
	}

	private MvcTestResult post(String language, String male, String female) {
		return mvc.post().uri("/polls/targets").with(user(analyst)).with(csrf())
			.cookie(new Cookie("rasd-lang", language)).param("variable", "sex2").param("nameAr", "الجنس")
			.param("source", "census").param("kind", "PERCENT").param("rows[0].category", "male")
			.param("rows[0].nameAr", "ذكور").param("rows[0].value", male).param("rows[1].category", "female")
			.param("rows[1].nameAr", "إناث").param("rows[1].value", female).exchange();
	}
}
