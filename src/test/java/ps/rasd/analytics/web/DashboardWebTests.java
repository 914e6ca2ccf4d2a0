package ps.rasd.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.support.IntegrationTest;

/**
 * The public dashboard against a known fixture of cases written straight into the table: the figures equal what the
 * database holds for published cases, cells of fewer than 5 reports are a dash, the CSV holds exactly the figures of
 * the page, and internal, embargoed or unpublished cases are counted nowhere.
 */
@IntegrationTest
@Transactional
class DashboardWebTests {

	static final String FILTER = "?sector=HEALTH&from=2019-01&to=2019-12";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private int next;

	@BeforeEach
	void seed() {
		// Hebron, health, January 2019: 4 open and 3 resolved public cases
		for (int i = 0; i < 4; i++) {
			kase("50", "REFERRED", "PUBLIC", "عنوان", null, month(1), null);
		}
		for (int i = 0; i < 3; i++) {
			kase("50", "RESOLVED", "PUBLIC", "عنوان", null, month(1), null);
		}
		// February 2019: 5 confirmed fixes, first replies after 1 to 5 days
		for (int i = 1; i <= 5; i++) {
			kase("50", "CONFIRMED_FIXED", "PUBLIC", "عنوان", null, month(2), i);
		}
		// never public: internal, partners only, unpublished, under embargo; all in Rafah
		for (int i = 0; i < 6; i++) {
			kase("75", "RESOLVED", "INTERNAL", "DASHMARKER", null, month(2), 1);
			kase("75", "RESOLVED", "PARTNERS", "DASHMARKER", null, month(2), 1);
			kase("75", "RESOLVED", "PUBLIC", null, null, month(2), 1);
			kase("75", "RESOLVED", "PUBLIC", "DASHMARKER", java.time.LocalDate.of(2999, 1, 1), month(2), 1);
		}
	}

	private static OffsetDateTime month(int m) {
		return OffsetDateTime.of(2019, m, 10, 9, 0, 0, 0, ZoneOffset.UTC);
	}

	private void kase(String governorate, String status, String tier, String publicTitle, java.time.LocalDate embargo,
			OffsetDateTime at, Integer replyDays) {
		next++;
		jdbc.update("insert into cases_case (reference, title, description, governorate_code, sector_code, status, "
				+ "source, tier, search_key, created_at, updated_at, version, public_title, embargo_until, referred_at, "
				+ "first_reply_at, latitude, longitude) values (?, 'DASHMARKER', 'DASHMARKER', ?, 'HEALTH', ?, 'STAFF', ?, "
				+ "'x', ?, ?, 0, ?, ?, ?, ?, ?, ?)", "DSH-" + next, governorate, status, tier, at, at, publicTitle, embargo,
				at, replyDays == null ? null : at.plusDays(replyDays), "50".equals(governorate) ? 31.531 : 31.29,
				"50".equals(governorate) ? 35.094 : 34.25);
		queueCount("DSH-" + next);
	}

	/** Written straight into the table: queued for the public counts, as the application queues what it changes. */
	private void queueCount(String reference) {
		jdbc.update("insert into cases_count_queue (case_id) select id from cases_case where reference = ?", reference);
	}

	@Test
	void theFiguresEqualTheDatabaseAndSmallCellsAreADash() throws Exception {
		Long published = jdbc.queryForObject("select count(*) from cases_case where tier = 'PUBLIC' and public_title "
				+ "is not null and (embargo_until is null or embargo_until <= current_date) and sector_code = 'HEALTH' "
				+ "and created_at >= ? and created_at < ?", Long.class, month(1).withDayOfMonth(1),
				month(1).withYear(2020).withDayOfMonth(1));
		assertThat(published).isEqualTo(12);
		String page = mvc.get().uri("/dashboards" + FILTER + "&lang=en").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// headline: 12 cases, 4 open (a dash), 8 resolved, 66.7 %, median 3 days
		assertThat(page).contains("<dd>12</dd>", "<dd>–</dd>", "<dd>8</dd>", "<dd>66.7</dd>", "<dd>3.0</dd>");
		// January: open 4 and resolved 3 are suppressed, the total 7 is shown; February: 5 resolved. Secondary
		// suppression: the headline 12 - 8 resolved - 0 closed would give the 4 open away, so the closed count goes
		// too, and with it January's 0 closed; 8 resolved - February's 5 would give January's 3 away, so February's
		// 5 goes, and with it February's 0 open (its row total 5 would give the 5 away)
		assertThat(headline(page)).containsExactly("12", "–", "8", "–", "66.7", "3.0", "–");
		assertThat(row(page, "2019-01")).containsExactly("–", "–", "–", "7");
		assertThat(row(page, "2019-02")).containsExactly("–", "–", "0", "5");
		assertThat(row(page, "Hebron")).containsExactly("12", "8", "66.7");
		assertThat(page).contains("fewer than 5 reports", "not how common a problem is")
			.doesNotContain("Rafah</th>", "DASHMARKER");
	}

	@Test
	void monthsAreMonthsInPalestineNotInTheDatabaseZone() throws Exception {
		// 22:00 UTC on 31 March 2019 is 01:00 on 1 April in Hebron (summer time, UTC+3)
		for (int i = 0; i < 5; i++) {
			next++;
			OffsetDateTime at = OffsetDateTime.of(2019, 3, 31, 22, 0, 0, 0, ZoneOffset.UTC);
			jdbc.update("insert into cases_case (reference, title, description, governorate_code, sector_code, status, "
					+ "source, tier, search_key, created_at, updated_at, version, public_title) values (?, 'x', 'x', "
					+ "'50', 'WATER', 'REFERRED', 'STAFF', 'PUBLIC', 'x', ?, ?, 0, 'عنوان')", "DSH-" + next, at, at);
			queueCount("DSH-" + next);
		}
		String page = mvc.get().uri("/dashboards?sector=WATER&from=2019-04&to=2019-04&lang=en").exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(row(page, "2019-04")).containsExactly("5", "0", "0", "5");
		assertThat(page).doesNotContain("<th scope=\"row\">2019-03</th>");
	}

	@Test
	void theCsvHoldsExactlyTheFiguresOfThePage() throws Exception {
		var response = mvc.get().uri("/dashboards/data.csv" + FILTER + "&lang=en").exchange().getResponse();
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
		String page = mvc.get().uri("/dashboards" + FILTER + "&lang=en").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int cells = 0;
		for (CSVRecord r : records.subList(1, records.size())) {
			assertThat(page).contains(r.get(0));
			cells++;
		}
		assertThat(values(records, "Cases by month and state", "2019-01")).containsExactly("–", "–", "–", "7");
		assertThat(values(records, "Cases by month and state", "2019-02")).containsExactly("–", "–", "0", "5");
		assertThat(values(records, "Cases by governorate", "Hebron")).containsExactly("12", "8", "66.7");
		assertThat(cells).isEqualTo(page.split("<td class=\"num").length - 1);
		assertThat(csv).doesNotContain("Rafah", "DASHMARKER");
	}

	@Test
	void thePageRendersInArabicAndEnglishAndIgnoresBadFilters() {
		assertThat(mvc.get().uri("/dashboards" + FILTER).exchange()).hasStatusOk().bodyText()
			.contains("لوحات البيانات", "الخليل", "منهجية", "chart.umd", "dir=\"rtl\"");
		assertThat(mvc.get().uri("/dashboards?lang=en&governorate=zz&from=never&authority=x").exchange())
			.hasStatusOk().bodyText().contains("Dashboards", "Methodology");
	}

	@Test
	void theHomePageShowsTheHeadlineFiguresTheLatestFindingsAndTheMapLinkAndStaysLight() throws Exception {
		var response = mvc.get().uri("/?lang=en").exchange().getResponse();
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		// every case in the database is counted on the home page: the 12 published ones of the fixture at least
		Long published = jdbc.queryForObject("select count(*) from cases_case where tier = 'PUBLIC' and public_title "
				+ "is not null and (embargo_until is null or embargo_until <= current_date)", Long.class);
		assertThat(page).contains("Headline figures", "<dd>" + published + "</dd>", "href=\"/map\"",
				"href=\"/dashboards\"", "Latest published cases", "href=\"/findings/DSH-")
			.doesNotContain("DASHMARKER");
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("أرقام رئيسية", "أحدث الحالات المنشورة");
		int bytes = response.getContentAsByteArray().length;
		org.slf4j.LoggerFactory.getLogger(DashboardWebTests.class).info("home page: {} bytes uncompressed", bytes);
		assertThat(bytes).isLessThan(60 * 1024);
	}

	@Test
	void theMapDataIsGeoJsonJoinedOnThePcodeAndCountsOnlyPublishedCases() throws Exception {
		String body = mvc.get().uri("/map/data.geojson?lang=en").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
		assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
		Long hebron = jdbc.queryForObject("select count(*) from cases_case where tier = 'PUBLIC' and public_title "
				+ "is not null and (embargo_until is null or embargo_until <= current_date) and governorate_code = '50'",
				Long.class);
		int areas = 0;
		for (var feature : root.get("features")) {
			assertThat(feature.get("type").asString()).isEqualTo("Feature");
			String type = feature.get("geometry").get("type").asString();
			var coordinates = feature.get("geometry").get("coordinates");
			assertThat(coordinates.isArray()).isTrue();
			var props = feature.get("properties");
			if ("Point".equals(type)) {
				// no marker near Rafah, where only non-public cases lie
				assertThat(coordinates.get(0).asDouble()).isGreaterThan(34.5);
				continue;
			}
			assertThat(type).isIn("Polygon", "MultiPolygon");
			areas++;
			if ("PS0150".equals(props.get("adm2_pcode").asString())) {
				assertThat(props.get("code").asString()).isEqualTo("50");
				// cases other test classes left in other governorates may make Hebron the second cell withheld
				// beside a small one (secondary suppression): then the count and the rate are withheld together
				if (!props.get("cases").isNull()) {
					assertThat(props.get("cases").asLong()).isEqualTo(hebron);
					assertThat(props.get("rate").asDouble())
						.isEqualTo(Math.round(1000000.0 * hebron / 707017) / 100.0);
				}
				else {
					assertThat(props.get("rate").isNull()).isTrue();
				}
			}
			if ("PS0275".equals(props.get("adm2_pcode").asString())) {
				assertThat(props.get("cases").asLong()).isZero();
			}
		}
		assertThat(areas).isEqualTo(16);
		assertThat(body).doesNotContain("DASHMARKER");
		var boundaries = new org.springframework.core.io.ClassPathResource("static/geo/governorates.geojson");
		assertThat(boundaries.contentLength()).isLessThanOrEqualTo(150 * 1024);
	}

	@Test
	void theMapWithholdsExactlyTheGovernorateCountsTheDashboardWithholds() throws Exception {
		// Nablus: 3 published cases, withheld; with the headline total shown, a second governorate is withheld too
		// (Jenin has 6), and the map must not show what the dashboard withholds
		for (int i = 0; i < 3; i++) {
			kase("15", "REFERRED", "PUBLIC", "عنوان", null, month(5), null);
		}
		for (int i = 0; i < 6; i++) {
			kase("01", "REFERRED", "PUBLIC", "عنوان", null, month(5), null);
		}
		String csv = new String(mvc.get().uri("/dashboards/data.csv?lang=en").exchange().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
		java.util.Map<String, String> dashboard = new java.util.HashMap<>();
		CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords().stream()
			.filter(r -> r.get(0).equals("Cases by governorate") && r.get(2).equals("Total"))
			.forEach(r -> dashboard.put(r.get(1), r.get(3)));
		assertThat(dashboard.get("Nablus")).isEqualTo("–");
		long withheld = dashboard.values().stream().filter("–"::equals).count();
		assertThat(withheld).isGreaterThanOrEqualTo(2);
		var root = tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(mvc.get().uri("/map/data.geojson?lang=en").exchange().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		int compared = 0;
		for (var feature : root.get("features")) {
			var props = feature.get("properties");
			if (props.get("name") == null || !dashboard.containsKey(props.get("name").asString())) {
				continue;
			}
			String shown = dashboard.get(props.get("name").asString());
			if ("–".equals(shown)) {
				assertThat(props.get("cases").isNull()).as(props.get("name").asString()).isTrue();
				assertThat(props.get("rate").isNull()).isTrue();
			}
			else {
				assertThat(props.get("cases").asLong()).isEqualTo(Long.parseLong(shown));
			}
			compared++;
		}
		assertThat(compared).isEqualTo(dashboard.size());
	}

	@Test
	void theMapPageShowsTheFiguresAsATableWithTheOchaCreditInArabicAndEnglish() {
		assertThat(mvc.get().uri("/map").exchange()).hasStatusOk().bodyText()
			.contains("خريطة المحافظات", "OCHA oPt, CC BY-IGO", "data-pcode=\"PS0150\"", "الخليل", "leaflet",
					"data-src=\"/map/data.geojson\"")
			.doesNotContain("DASHMARKER", "data-tiles=");
		assertThat(mvc.get().uri("/map?lang=en&indicator=quality").exchange()).hasStatusOk().bodyText()
			.contains("Map of the governorates", "Cases per 10,000 people", "Hebron", "data-indicator=\"quality\"");
	}

	private static List<String> values(List<CSVRecord> records, String table, String row) {
		return records.stream().filter(r -> r.get(0).equals(table) && r.get(1).equals(row)).map(r -> r.get(3)).toList();
	}

	/** The headline figures, in order. */
	private static List<String> headline(String page) {
		int start = page.indexOf("<dl class=\"figures\"");
		String dl = page.substring(start, page.indexOf("</dl>", start));
		return java.util.Arrays.stream(dl.split("<dd")).skip(1)
			.map(dd -> dd.substring(dd.indexOf('>') + 1, dd.indexOf("</dd>")).trim())
			.toList();
	}

	/** The cells of the first table row headed by the label. */
	private static List<String> row(String page, String label) {
		int start = page.indexOf("<th scope=\"row\">" + label + "</th>");
		assertThat(start).as(label).isPositive();
		String tr = page.substring(start, page.indexOf("</tr>", start));
		return java.util.Arrays.stream(tr.split("<td")).skip(1)
			.map(td -> td.substring(td.indexOf('>') + 1, td.indexOf("</td>")).trim())
			.toList();
	}
}
