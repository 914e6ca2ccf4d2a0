package ps.rasd.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/**
 * The public pages of a governorate (Salfit, 25) and of a sector against a known fixture written into the tables:
 * the monthly mean score of public visits by sector and by governorate, the counts of published cases, the latest
 * published cases, and the authorities' scorecards there, with small cells shown as a dash and nothing unpublished.
 */
@IntegrationTest
@Transactional
class AreaPagesWebTests {

	static final String SALFIT = "25";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	private int next;

	private long ministry;

	private long municipality;

	private YearMonth lastMonth;

	@BeforeEach
	void seed() {
		lastMonth = YearMonth.from(ExportDays.today(clock)).minusMonths(1);
		var admin = ps.rasd.support.Principals.admin();
		ministry = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية صحة سلفيت", "Salfit Health Directorate"), SALFIT, "HEALTH", null, null, null, 21),
				admin).id();
		municipality = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.MUNICIPALITY,
				new LocalizedText("بلدية سلفيت", "Salfit Municipality"), SALFIT, null, null, null, null, 21), admin).id();
		// last month, health: five public visits, mean 80.0; education: six, mean 50.0
		for (int score : new int[] { 60, 70, 80, 90, 100 }) {
			visit("HEALTH", lastMonth.atDay(10), score, "PUBLIC", null);
		}
		for (int i = 0; i < 6; i++) {
			visit("EDUCATION", lastMonth.atDay(12), 50, "PUBLIC", null);
		}
		// the month before, health: four public visits (too few)
		for (int i = 0; i < 4; i++) {
			visit("HEALTH", lastMonth.minusMonths(1).atDay(3), 40, "PUBLIC", null);
		}
		// never public: internal, under embargo
		for (int i = 0; i < 5; i++) {
			visit("HEALTH", lastMonth.atDay(11), 1, "INTERNAL", null);
			visit("HEALTH", lastMonth.atDay(11), 1, "PUBLIC", OffsetDateTime.now(clock).plusYears(5));
		}
		// cases in Salfit, health: six published and open, referred to the ministry, three of them replied after 2
		// days; three published and resolved; two internal referred to the municipality
		OffsetDateTime at = OffsetDateTime.now(clock).minusDays(20);
		for (int i = 0; i < 6; i++) {
			kase("REFERRED", "PUBLIC", "AREAOPEN" + i, ministry, at, i < 3 ? 2 : null);
		}
		for (int i = 0; i < 3; i++) {
			kase("RESOLVED", "PUBLIC", "AREARESOLVED" + i, null, at, null);
		}
		for (int i = 0; i < 2; i++) {
			kase("REFERRED", "INTERNAL", "AREASECRET", municipality, at, null);
		}
	}

	/** A visit to no facility of the registry (id 0): it counts for its governorate and sector only. */
	private void visit(String sector, LocalDate day, int score, String tier, OffsetDateTime embargo) {
		visit(0, sector, day, score, tier, embargo);
	}

	private void visit(long facility, String sector, LocalDate day, int score, String tier, OffsetDateTime embargo) {
		next++;
		OffsetDateTime at = day.atStartOfDay().atOffset(ZoneOffset.UTC);
		jdbc.update("insert into monitoring_visit (reference, facility_id, governorate_code, sector_code, "
				+ "form_version_id, monitor_id, status, answers, visited_on, created_at, updated_at, submitted_at, "
				+ "overall_score, version, tier, embargo_until) values (?, ?, ?, ?, 1, 1, 'APPROVED', '{}', ?, ?, ?, ?, "
				+ "?, 0, ?, ?)", "AREA-" + next, facility, SALFIT, sector, day, at, at, at, score, tier, embargo);
	}

	private void kase(String status, String tier, String title, Long authority, OffsetDateTime at, Integer replyDays) {
		next++;
		jdbc.update("insert into cases_case (reference, title, description, governorate_code, sector_code, status, "
				+ "source, tier, search_key, created_at, updated_at, version, public_title, published_at, authority_id, "
				+ "referred_at, first_reply_at) values (?, 'x', 'x', ?, 'HEALTH', ?, 'STAFF', ?, 'x', ?, ?, 0, ?, ?, ?, "
				+ "?, ?)", "AREA-" + next, SALFIT, status, tier, at, at, title, at, authority,
				authority == null ? null : at, replyDays == null ? null : at.plusDays(replyDays));		// written straight into the table: queued for the public counts, as the application queues what it changes
		jdbc.update("insert into cases_count_queue (case_id) select id from cases_case where reference = ?",
				"AREA-" + next);
	}

	private String page(String uri, org.springframework.test.web.servlet.request.RequestPostProcessor... as) {
		var request = mvc.get().uri(uri);
		for (var p : as) {
			request = request.with(p);
		}
		var result = request.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anAuthorityPageShowsTheScoresOfItsFacilitiesAndOfTheUnitsUnderIt() {
		var admin = ps.rasd.support.Principals.admin();
		long unit = registry.createAuthority(new AuthorityDetails(ministry, AuthorityKind.DIRECTORATE,
				new LocalizedText("قسم الرعاية الأولية", "Primary care department"), SALFIT, "HEALTH", null, null, null,
				21), admin).id();
		long clinic = registry.createFacility(new ps.rasd.registry.FacilityDetails(
				new LocalizedText("عيادة سلفيت", "Salfit clinic"), "PRIMARY_HEALTH_CENTRE", unit, SALFIT, null, 32.08,
				35.18, null, ps.rasd.registry.FacilityStatus.OPEN), admin).id();
		for (int score : new int[] { 70, 70, 80, 80, 100 }) {
			visit(clinic, "HEALTH", lastMonth.atDay(15), score, "PUBLIC", null);
		}
		String page = page("/authorities/" + ministry + "?lang=en");
		assertThat(page).contains("Service scores over time");
		// the ministry's own facilities have none; its department's clinic five visits, mean 80.0
		assertThat(row(page, lastMonth.toString())).containsExactly("80.0");
		assertThat(page("/authorities/" + municipality + "?lang=en")).contains("Service scores over time")
			.doesNotContain("<th scope=\"row\">" + lastMonth)
			.contains("No published case was referred to this authority.").doesNotContain("AREASECRET");
		// the six published cases referred to the ministry, all open; the latest five listed
		assertThat(page).contains("Published cases referred to this authority", "Open: 6 · resolved or closed: 0",
				"AREAOPEN5").doesNotContain("AREARESOLVED");
	}

	@Test
	void theGovernoratePageShowsScoresBySectorCasesAndAuthoritiesInEnglish() {
		String page = page("/governorates/" + SALFIT + "?lang=en");
		assertThat(page).contains("Service scores over time", "<th scope=\"col\" class=\"num\" data-series>Health</th>",
				"<th scope=\"col\" class=\"num\" data-series>Education</th>");
		// columns in the order of the sectors: health, education
		assertThat(row(page, lastMonth.toString())).containsExactly("80.0", "50.0");
		assertThat(row(page, lastMonth.minusMonths(1).toString())).containsExactly("–", "–");
		// nine published cases, six open; three resolved are too few to show (and the share with them)
		assertThat(figures(page)).containsExactly("9", "6", "–", "–");
		assertThat(page).contains("href=\"/dashboards?governorate=25\"");
		assertThat(page).contains("AREAOPEN5", "AREARESOLVED0", "href=\"/findings?governorate=25\"",
				"href=\"/findings/feed.atom?governorate=25\"")
			.doesNotContain("AREASECRET");
		// the latest five published: the three resolved and two open
		assertThat(page).doesNotContain("AREAOPEN3");
		// the ministry: 6 referred, 3 replied (50 %), median 2.0 days; the municipality: too few for the public
		assertThat(row(page, "<a href=\"/authorities/" + ministry + "\"")).containsExactly("6", "50%", "2.0", "0", "0");
		assertThat(page).contains("/authorities/" + municipality, "Fewer than 5 cases referred");
	}

	@Test
	void aCoordinatorSeesTheScorecardsOfFewReferralsAndTheArabicPageReadsRightToLeft() {
		var coordinator = AccountFixtures.hebronCoordinator(identity);
		String staff = page("/governorates/" + SALFIT + "?lang=en", user(users.loadUserByUsername(coordinator.username())));
		assertThat(row(staff, "<a href=\"/authorities/" + municipality + "\"")).containsExactly("2", "0%", "—", "0",
				"0");
		String arabic = page("/governorates/" + SALFIT);
		assertThat(arabic).contains("dir=\"rtl\"", "درجات الخدمات عبر الزمن", "الصحة", "التعليم", "الحالات المنشورة بالأرقام",
				"كيف تستجيب الجهات هنا", "AREAOPEN5").doesNotContain("AREASECRET");
	}

	@Test
	void theSectorPageShowsScoresByGovernorateAndTheCasesOfTheSector() {
		String list = page("/sectors?lang=en");
		assertThat(list).contains("href=\"/sectors/HEALTH\"", "href=\"/sectors/EDUCATION\"");
		String page = page("/sectors/HEALTH?lang=en");
		assertThat(page).contains("<h1>Health</h1>", "data-series>Salfit</th>", "AREAOPEN5",
				"href=\"/dashboards?sector=HEALTH\"",
				"href=\"/findings?sector=HEALTH\"", "/authorities/" + ministry)
			.doesNotContain("AREASECRET");
		int column = columns(page).indexOf("Salfit");
		assertThat(row(page, lastMonth.toString()).get(column)).isEqualTo("80.0");
		assertThat(row(page, lastMonth.minusMonths(1).toString()).get(column)).isEqualTo("–");
		assertThat(page("/sectors/EDUCATION")).contains("التعليم", "سلفيت", "٥٠٫٠");
		assertThat(mvc.get().uri("/sectors/NOPE").exchange()).hasStatus(404);
	}

	/** The figures of the published cases, in order. */
	private static List<String> figures(String page) {
		int start = page.indexOf("<section class=\"area-figures\"");
		assertThat(start).isPositive();
		String dl = page.substring(start, page.indexOf("</dl>", start));
		return java.util.Arrays.stream(dl.split("<dd")).skip(1)
			.map(dd -> dd.substring(dd.indexOf('>') + 1, dd.indexOf("</dd>")).trim())
			.toList();
	}

	/** The names of the series columns of the scores table. */
	private static List<String> columns(String page) {
		return java.util.Arrays.stream(page.split("data-series>")).skip(1).map(s -> s.substring(0, s.indexOf('<')))
			.toList();
	}

	/** The cells of the first table row whose header starts with the text. */
	private static List<String> row(String page, String header) {
		int start = page.indexOf("<th scope=\"row\">" + header);
		assertThat(start).as(header).isPositive();
		String tr = page.substring(start, page.indexOf("</tr>", start));
		return java.util.Arrays.stream(tr.split("<td")).skip(1)
			.map(td -> td.substring(td.indexOf('>') + 1, td.indexOf("</td>")).trim())
			.toList();
	}
}
