package ps.rasd.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.ReviewDecision;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.MovableClock;
import ps.rasd.support.Principals;

/**
 * Exports read back (commons-csv, fastexcel's reader, a JSON parser) and compared with the database, on H2
 * ({@link H2ExportTests}) and PostgreSQL ({@link PostgresExportTests}): tiers and scopes, no reporter anywhere, the
 * indicator columns of visits, an export of nothing, a background job from the page to the download.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExportContract {

	static final String REPORTER = "سلمى الشاهد";

	static final String REPORTER_PHONE = "0599123456";

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	@Autowired
	ExportManagement exports;

	@Autowired
	List<ExportSource> sources;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CasePublication casePublication;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MovableClock clock;

	/** Hebron: published, internal, published but embargoed, a formula title; Bethlehem: internal, published. */
	CaseSummary hebronPublic;

	CaseSummary hebronInternal;

	CaseSummary hebronEmbargoed;

	CaseSummary hebronFormula;

	CaseSummary bethlehemInternal;

	CaseSummary bethlehemPublic;

	VisitSummary sharedVisit;

	VisitSummary internalVisit;

	long bethlehemMunicipality;

	@BeforeAll
	void seed() {
		RasdPrincipal admin = Principals.admin();
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		var authority = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.MUNICIPALITY,
				new LocalizedText("بلدية بيت لحم", "Bethlehem Municipality"), "45", "WATER", null, null, null, 14),
				admin);
		bethlehemMunicipality = authority.id();
		FacilitySummary well = registry.createFacility(new FacilityDetails(new LocalizedText("بئر بيت لحم", null),
				"WATER_POINT", authority.id(), "45", null, 31.7, 35.2, null, FacilityStatus.OPEN), admin);
		hebronPublic = file("انقطاع المياه في دورا", "50", clinic.id(), 31.50449, 35.02151, REPORTER, Tier.PUBLIC,
				null);
		hebronInternal = file("كهرباء مقطوعة", "50", null, 31.53, 35.09, "مراد الكاشف", null, null);
		hebronEmbargoed = file("نفايات متراكمة", "50", null, null, null, null, Tier.PUBLIC, LocalDate.of(2099, 1, 1));
		hebronFormula = file("=HYPERLINK(\"http://x\") طريق", "50", null, null, null, null, null, null);
		bethlehemInternal = file("تسرب مياه", "45", well.id(), null, null, "نادر", null, null);
		bethlehemPublic = file("انقطاع في بيت لحم", "45", null, 31.7, 35.2, null, Tier.PUBLIC, null);

		MonitoringFixtures.publishedHealthForm(forms);
		RasdPrincipal monitor = Principals.monitor(4242, "50");
		RasdPrincipal coordinator = Principals.coordinator("50");
		VisitSummary visit = monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(),
				"export-1-" + System.nanoTime(), monitor).visit();
		VisitSummary approved = monitoring.review(visit.id(), visit.version(), ReviewDecision.APPROVE, null,
				coordinator);
		sharedVisit = monitoring.share(visit.id(), approved.version(), Tier.PUBLIC, null, coordinator);
		internalVisit = monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(),
				"export-2-" + System.nanoTime(), monitor).visit();
	}

	/** The redacted story published with every public test case. */
	static final String PUBLIC_STORY = "قصة منقحة للنشر";

	private CaseSummary file(String title, String governorate, Long facility, Double lat, Double lon, String reporter,
			Tier tier, LocalDate embargo) {
		NewCase input = new NewCase(title, "وصف: " + title + " منذ أيام", governorate, null, facility,
				facility == null ? "WATER" : null, lat, lon);
		ReporterDetails who = reporter == null ? null
				: new ReporterDetails(reporter, REPORTER_PHONE, null, false, false, "ar");
		CaseSummary filed = caseIntake.file(input, who, CaseSource.PUBLIC, null, null).summary();
		return tier == null ? filed
				: casePublication.publication(filed.reference(), filed.version(), tier, embargo, title, PUBLIC_STORY, Principals.admin());
	}

	// ---------------------------------------------------------------- helpers

	byte[] export(String source, ExportFormat format, Map<String, String> filters, RasdPrincipal viewer,
			Locale language) {
		ExportRequest request = exports.request(source, format.extension(), filters, language);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			exports.write(request, viewer, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The CSV's data rows as maps from column key to value. */
	List<Map<String, String>> rows(String source, byte[] csv, RasdPrincipal viewer, boolean hxl) {
		List<String> keys = columns(source, viewer).stream().map(ExportColumn::key).toList();
		List<CSVRecord> records = ExportFiles.csv(csv);
		List<Map<String, String>> rows = new ArrayList<>();
		for (CSVRecord record : records.subList(hxl ? 2 : 1, records.size())) {
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < keys.size(); i++) {
				row.put(keys.get(i), record.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	List<ExportColumn> columns(String source, RasdPrincipal viewer) {
		return sources.stream().filter(s -> s.name().equals(source)).findFirst().orElseThrow()
			.columns(new ExportQuery(viewer, null, null, null, null));
	}

	static List<String> references(List<Map<String, String>> rows) {
		return rows.stream().map(r -> r.get("reference")).toList();
	}

	RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	// ---------------------------------------------------------------- cases

	@Test
	void anAdministratorsCsvHoldsEveryCaseOfTheGovernorateAsTheDatabaseHasIt() {
		byte[] csv = export("cases", ExportFormat.CSV, Map.of("governorate", "50", "hxl", "true"), Principals.admin(),
				ARABIC);
		List<CSVRecord> records = ExportFiles.csv(csv);
		List<ExportColumn> columns = columns("cases", Principals.admin());
		assertThat(records.get(0).toList()).isEqualTo(columns.stream().map(c -> c.header().ar()).toList());
		assertThat(records.get(1).toList()).isEqualTo(columns.stream().map(c -> c.hxl() == null ? "" : c.hxl())
			.toList());
		assertThat(records.get(1).toList()).contains("#adm1 +code", "#adm1 +name +i_ar", "#sector", "#org +impl",
				"#date +reported", "#status", "#geo +lat", "#geo +lon");

		List<Map<String, String>> rows = rows("cases", csv, Principals.admin(), true);
		List<Map<String, Object>> stored = jdbc.queryForList("select reference, title, description, status, "
				+ "sector_code, latitude, longitude, tier from cases_case where governorate_code = '50' order by id");
		assertThat(rows).hasSize(stored.size());
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			Map<String, Object> db = stored.get(i);
			String title = (String) db.get("title");
			assertThat(row.get("reference")).isEqualTo(db.get("reference"));
			assertThat(row.get("title")).isEqualTo(title.startsWith("=") ? "'" + title : title);
			assertThat(row.get("description")).isEqualTo(db.get("description"));
			assertThat(row.get("status")).isEqualTo(db.get("status"));
			assertThat(row.get("sector_code")).isEqualTo(db.get("sector_code"));
			assertThat(row.get("tier")).isEqualTo(db.get("tier"));
			assertThat(row.get("governorate_code")).isEqualTo("50");
			assertThat(row.get("governorate_ar")).isEqualTo("الخليل");
			assertThat(row.get("latitude")).isEqualTo(db.get("latitude") == null ? ""
					: BigDecimal.valueOf(((Number) db.get("latitude")).doubleValue()).stripTrailingZeros()
						.toPlainString());
		}
		assertThat(references(rows)).contains(hebronPublic.reference(), hebronInternal.reference(),
				hebronEmbargoed.reference(), hebronFormula.reference());
		Map<String, String> atTheClinic = rows.stream()
			.filter(r -> r.get("reference").equals(hebronPublic.reference())).findFirst().orElseThrow();
		assertThat(atTheClinic.get("facility_ar")).isEqualTo("مركز صحي دورا");
		assertThat(atTheClinic.get("authority_ar")).isEmpty();
		assertThat(atTheClinic.get("reported_on")).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void aPublicExportHoldsOnlyPublishedCasesPastTheirEmbargoAsTheirRedactedCopy() {
		byte[] csv = export("cases", ExportFormat.CSV, Map.of(), null, ARABIC);
		List<Map<String, String>> rows = rows("cases", csv, null, false);
		assertThat(references(rows)).contains(hebronPublic.reference(), bethlehemPublic.reference())
			.doesNotContain(hebronInternal.reference(), hebronEmbargoed.reference(), hebronFormula.reference(),
					bethlehemInternal.reference());
		for (Map<String, String> row : rows) {
			Map<String, Object> db = jdbc.queryForMap("select tier, embargo_until from cases_case where reference = ?",
					row.get("reference"));
			assertThat(db.get("tier")).isEqualTo("PUBLIC");
			assertThat(db.get("embargo_until")).isNull();
		}
		assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).as("never the reporter's own words")
			.doesNotContain("وصف:").contains(PUBLIC_STORY);
		Map<String, String> dura = rows.stream().filter(r -> r.get("reference").equals(hebronPublic.reference()))
			.findFirst().orElseThrow();
		assertThat(dura.get("latitude")).isEqualTo("31.504");
		assertThat(dura.get("longitude")).isEqualTo("35.022");
		assertThat(exports.checkPublic(exports.request("cases", "csv", Map.of(), ARABIC))).isEqualTo(rows.size());
	}

	@Test
	void aBethlehemCoordinatorsExportHoldsNoHebronCase() {
		RasdPrincipal bethlehem = Principals.coordinator("45");
		for (ExportFormat format : ExportFormat.values()) {
			byte[] file = export("cases", format, Map.of(), bethlehem, ARABIC);
			String text = ExportFiles.allText(file, format);
			assertThat(text).contains(bethlehemInternal.reference(), bethlehemPublic.reference())
				.doesNotContain(hebronPublic.reference(), hebronInternal.reference(), hebronEmbargoed.reference());
		}
		List<Map<String, String>> rows = rows("cases", export("cases", ExportFormat.CSV, Map.of(), bethlehem, ARABIC),
				bethlehem, false);
		assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("governorate_code")).isEqualTo("45"));
	}

	@Test
	void noReporterAppearsInAnyExportOfAnyFormatForAnyone() {
		List<RasdPrincipal> viewers = new ArrayList<>();
		viewers.add(null);
		viewers.add(Principals.admin());
		viewers.add(Principals.coordinator("50"));
		viewers.add(Principals.analyst());
		for (String source : List.of("cases", "visits", "facilities")) {
			for (ExportFormat format : ExportFormat.values()) {
				for (RasdPrincipal viewer : viewers) {
					String text = ExportFiles.allText(export(source, format, Map.of("hxl", "true"), viewer, ARABIC),
							format);
					assertThat(text).as("%s %s for %s", source, format, viewer)
						.doesNotContain(REPORTER, REPORTER_PHONE, "مراد الكاشف", "4242");
				}
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from cases_reporter where name = ?", Long.class, REPORTER))
			.as("the reporter was kept, sealed").isEqualTo(1);
	}

	@Test
	void anXlsxExportReadsBackLikeTheCsvOnARightToLeftSheet() {
		Map<String, String> filters = Map.of("governorate", "50", "hxl", "true");
		byte[] xlsx = export("cases", ExportFormat.XLSX, filters, Principals.admin(), ARABIC);
		byte[] csv = export("cases", ExportFormat.CSV, filters, Principals.admin(), ARABIC);
		assertThat(ExportFiles.firstSheetXml(xlsx)).containsPattern("rightToLeft=\"(1|true)\"");
		List<List<String>> sheet = ExportFiles.xlsx(xlsx);
		List<CSVRecord> records = ExportFiles.csv(csv);
		assertThat(sheet).hasSameSizeAs(records);
		assertThat(sheet.get(0)).isEqualTo(records.get(0).toList());
		assertThat(sheet.get(1)).isEqualTo(records.get(1).toList().subList(0, sheet.get(1).size()));
		for (int i = 2; i < sheet.size(); i++) {
			assertThat(sheet.get(i).get(0)).isEqualTo(records.get(i).get(0));
			assertThat(sheet.get(i).get(1)).isEqualTo(records.get(i).get(1).replaceFirst("^'=", "="));
		}
		List<String> english = ExportFiles.xlsx(export("cases", ExportFormat.XLSX, filters, Principals.admin(),
				Locale.ENGLISH)).get(0);
		assertThat(english).startsWith("Reference", "Title", "Description");
	}

	@Test
	void aGeoJsonExportHasAFeaturePerRowWithItsPoint() {
		byte[] csv = export("cases", ExportFormat.CSV, Map.of(), null, ARABIC);
		JsonNode json = ExportFiles.geojson(export("cases", ExportFormat.GEOJSON, Map.of(), null, ARABIC));
		assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
		JsonNode features = json.get("features");
		assertThat(features.size()).isEqualTo(ExportFiles.csv(csv).size() - 1);
		JsonNode dura = null;
		for (JsonNode feature : features) {
			assertThat(feature.get("properties").path("description").asText()).doesNotContain("وصف:");
			if (feature.get("properties").get("reference").asText().equals(hebronPublic.reference())) {
				dura = feature;
			}
		}
		assertThat(dura).isNotNull();
		assertThat(dura.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(35.022);
		assertThat(dura.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(31.504);
		assertThat(dura.get("properties").get("governorate_en").asText()).isEqualTo("Hebron");
	}

	// ---------------------------------------------------------------- visits and facilities

	@Test
	void visitsHaveAColumnPerIndicatorScoreAsStored() {
		byte[] csv = export("visits", ExportFormat.CSV, Map.of("sector", "HEALTH", "hxl", "true"), Principals.admin(),
				ARABIC);
		List<CSVRecord> records = ExportFiles.csv(csv);
		assertThat(records.get(1).toList()).contains("#indicator +num +health_medicines", "#indicator +num +overall");
		List<Map<String, String>> rows = new ArrayList<>();
		List<String> keys = sources.stream().filter(s -> s.name().equals("visits")).findFirst().orElseThrow()
			.columns(new ExportQuery(Principals.admin(), null, "HEALTH", null, null)).stream().map(ExportColumn::key)
			.toList();
		for (CSVRecord record : records.subList(2, records.size())) {
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < keys.size(); i++) {
				row.put(keys.get(i), record.get(i));
			}
			rows.add(row);
		}
		assertThat(references(rows)).contains(sharedVisit.reference(), internalVisit.reference());
		assertThat(keys).doesNotContain("monitor_id", "answers", "review_comment");
		for (Map<String, String> row : rows) {
			Long id = jdbc.queryForObject("select id from monitoring_visit where reference = ?", Long.class,
					row.get("reference"));
			List<Map<String, Object>> scores = jdbc.queryForList(
					"select indicator_code, score from monitoring_visit_score where visit_id = ?", id);
			assertThat(scores).isNotEmpty();
			for (Map<String, Object> score : scores) {
				String key = score.get("indicator_code").toString().toLowerCase(Locale.ROOT);
				assertThat(new BigDecimal(row.get(key))).as(key).isEqualByComparingTo((BigDecimal) score.get("score"));
			}
		}
		List<String> published = ExportFiles.csv(export("visits", ExportFormat.CSV, Map.of(), null, ARABIC)).stream()
			.skip(1).map(r -> r.get(0)).toList();
		assertThat(published).contains(sharedVisit.reference()).doesNotContain(internalVisit.reference());
	}

	@Test
	void facilitiesAreOpenToEveryoneAsTheRegistryHasThem() {
		byte[] csv = export("facilities", ExportFormat.CSV, Map.of("governorate", "45"), null, ARABIC);
		List<Map<String, String>> rows = rows("facilities", csv, null, false);
		List<Map<String, Object>> stored = jdbc.queryForList(
				"select id, name_ar, status, latitude from registry_facility where governorate_code = '45' order by id");
		assertThat(rows).hasSize(stored.size());
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i).get("facility_id")).isEqualTo(stored.get(i).get("id").toString());
			assertThat(rows.get(i).get("name_ar")).isEqualTo(stored.get(i).get("name_ar"));
			assertThat(rows.get(i).get("status")).isEqualTo(stored.get(i).get("status"));
			assertThat(rows.get(i).get("governorate_ar")).isEqualTo("بيت لحم");
		}
		assertThat(rows).anySatisfy(r -> assertThat(r.get("authority_ar")).isEqualTo("بلدية بيت لحم"));
	}

	@Test
	void authorityScorecardsCountTheReferralsOfThePeriodAndHideSmallUnitsFromThePublic() {
		RasdPrincipal coordinator = Principals.coordinator("45");
		for (CaseSummary kase : List.of(bethlehemInternal, bethlehemPublic)) {
			String ref = kase.reference();
			long version = jdbc.queryForObject("select version from cases_case where reference = ?", Long.class, ref);
			if (!"SUBMITTED".equals(jdbc.queryForObject("select status from cases_case where reference = ?",
					String.class, ref))) {
				continue;
			}
			CaseSummary verified = caseWorkflow.act(ref, ps.rasd.cases.CaseAction.VERIFY, version,
					ps.rasd.cases.ActionInput.notes(null, null), coordinator);
			caseWorkflow.act(ref, ps.rasd.cases.CaseAction.REFER, verified.version(), new ps.rasd.cases.ActionInput(
					bethlehemMunicipality, null, null, null, null, null, null), coordinator);
		}
		long referred = jdbc.queryForObject(
				"select count(*) from cases_case where authority_id = ? and referred_at is not null", Long.class,
				bethlehemMunicipality);
		assertThat(referred).isEqualTo(2);

		byte[] csv = export("authority-scorecards", ExportFormat.CSV, Map.of("governorate", "45", "hxl", "true"),
				Principals.admin(), ARABIC);
		assertThat(ExportFiles.csv(csv).get(1).toList()).contains("#org +impl +name +i_ar", "#adm1 +code");
		List<Map<String, String>> rows = rows("authority-scorecards", csv, Principals.admin(), true);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.get("authority_id")).isEqualTo(String.valueOf(bethlehemMunicipality));
			assertThat(row.get("authority_ar")).isEqualTo("بلدية بيت لحم");
			assertThat(row.get("governorate_code")).isEqualTo("45");
			assertThat(row.get("referrals")).isEqualTo("2");
			assertThat(row.get("replied")).isEqualTo("0");
			assertThat(row.get("reply_rate")).isEqualTo("0.0");
			assertThat(row.get("median_reply_days")).isEmpty();
			assertThat(row.get("overdue")).isEqualTo("0");
		});

		assertThat(rows("authority-scorecards", export("authority-scorecards", ExportFormat.CSV, Map.of(), null,
				ARABIC), null, false)).noneMatch(r -> r.get("authority_id").equals(String.valueOf(bethlehemMunicipality)));
		String yesterday = ps.rasd.shared.sql.ExportDays.today(clock).minusDays(1).toString();
		assertThat(rows("authority-scorecards", export("authority-scorecards", ExportFormat.CSV,
				Map.of("governorate", "45", "to", yesterday), Principals.admin(), ARABIC), Principals.admin(), false))
			.isEmpty();
	}

	@Test
	void anExportOfNothingHoldsTheHeadersOnly() {
		Map<String, String> nothing = Map.of("from", "2001-01-01", "to", "2001-01-31", "hxl", "true");
		List<CSVRecord> records = ExportFiles.csv(export("cases", ExportFormat.CSV, nothing, Principals.admin(),
				ARABIC));
		assertThat(records).hasSize(2);
		assertThat(ExportFiles.xlsx(export("cases", ExportFormat.XLSX, nothing, Principals.admin(), ARABIC)))
			.hasSize(2);
		assertThat(ExportFiles.geojson(export("cases", ExportFormat.GEOJSON, nothing, null, ARABIC)).get("features")
			.size()).isZero();
	}

	@Test
	void dateFiltersReadTheReportedDayInPalestine() {
		LocalDate today = clock.instant().atZone(ps.rasd.shared.sql.ExportDays.ZONE).toLocalDate();
		Map<String, String> todayOnly = Map.of("from", today.toString(), "to", today.toString());
		List<Map<String, String>> rows = rows("cases", export("cases", ExportFormat.CSV, todayOnly,
				Principals.admin(), ARABIC), Principals.admin(), false);
		assertThat(references(rows)).contains(hebronPublic.reference(), bethlehemInternal.reference());
		Map<String, String> yesterday = Map.of("to", today.minusDays(1).toString());
		assertThat(rows("cases", export("cases", ExportFormat.CSV, yesterday, Principals.admin(), ARABIC),
				Principals.admin(), false)).extracting(r -> r.get("reference"))
			.doesNotContain(hebronPublic.reference());
	}

	// ---------------------------------------------------------------- jobs

	@Test
	void aJobRunsInTheBackgroundWithProgressAndOnlyItsOwnerDownloadsIt() {
		AccountSummary coordinator = AccountFixtures.hebronCoordinator(identity);
		AccountSummary someoneElse = AccountFixtures.admin(identity);
		MvcTestResult started = mvc.post().uri("/exports").with(as(coordinator)).with(csrf())
			.param("source", "cases").param("format", "csv").param("governorate", "50").param("hxl", "true").exchange();
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/exports/jobs/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		await().atMost(Duration.ofSeconds(30)).until(() -> exports.job(id, (RasdPrincipal) users
			.loadUserByUsername(coordinator.username())).status().finished());
		MvcTestResult status = mvc.get().uri("/api/v1/exports/jobs/" + id).with(as(coordinator))
			.header("Accept-Language", "en").exchange();
		assertThat(status).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DONE");
		assertThat(status).bodyJson().extractingPath("$.finished").isEqualTo(true);
		assertThat(status).bodyJson().extractingPath("$.percent").isEqualTo(100);
		long expected = jdbc.queryForObject("select count(*) from cases_case where governorate_code = '50'",
				Long.class);
		assertThat(status).bodyJson().extractingPath("$.rowsWritten").asNumber().isEqualTo((int) expected);
		assertThat(status).bodyJson().extractingPath("$.downloadUrl").isEqualTo("/exports/jobs/" + id + "/file");

		MvcTestResult page = mvc.get().uri(location).with(as(coordinator)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<progress", "/exports/jobs/" + id + "/file",
				"/assets/js/export-progress");

		MvcTestResult file = mvc.get().uri("/exports/jobs/" + id + "/file").with(as(coordinator)).exchange();
		assertThat(file).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment", "rasd-cases-");
		List<CSVRecord> records = ExportFiles.csv(file.getResponse().getContentAsByteArray());
		assertThat(records).hasSize((int) expected + 2);
		assertThat(records.get(1).toList()).contains("#adm1 +code");

		assertThat(mvc.get().uri("/exports/jobs/" + id + "/file").with(as(someoneElse)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/exports/jobs/" + id).with(as(someoneElse)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/exports/jobs/" + id).with(as(someoneElse)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/exports").with(as(coordinator)).exchange()).bodyText()
			.contains("/exports/jobs/" + id + "/file");
	}

	@Test
	void aJobOfNothingSaysItHoldsNoRows() {
		AccountSummary coordinator = AccountFixtures.hebronCoordinator(identity);
		RasdPrincipal owner = (RasdPrincipal) users.loadUserByUsername(coordinator.username());
		ExportJobView job = exports.start(exports.request("visits", "xlsx", Map.of("from", "2001-01-01", "to",
				"2001-01-02"), ARABIC), owner);
		await().atMost(Duration.ofSeconds(30)).until(() -> exports.job(job.id(), owner).status().finished());
		ExportJobView done = exports.job(job.id(), owner);
		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		assertThat(done.rowsWritten()).isZero();
		assertThat(done.totalEstimate()).isZero();
		assertThat(mvc.get().uri("/exports/jobs/" + job.id()).with(as(coordinator)).exchange()).hasStatusOk()
			.bodyText().contains("الملف يحوي العناوين فقط (0 صف)");
		byte[] file = mvc.get().uri("/exports/jobs/" + job.id() + "/file").with(as(coordinator)).exchange()
			.getResponse().getContentAsByteArray();
		assertThat(ExportFiles.xlsx(file)).hasSize(1);
	}

	@Test
	void finishedFilesAreDeletedAfterTheRetentionAndStalledJobsFail() throws IOException {
		AccountSummary coordinator = AccountFixtures.hebronCoordinator(identity);
		RasdPrincipal owner = (RasdPrincipal) users.loadUserByUsername(coordinator.username());
		ExportJobView job = exports.start(exports.request("facilities", "geojson", Map.of(), ARABIC), owner);
		await().atMost(Duration.ofSeconds(30)).until(() -> exports.job(job.id(), owner).status().finished());
		Path path = exports.file(job.id(), owner).resource().getFile().toPath();
		assertThat(path).exists();

		jdbc.update("insert into analytics_export_job (owner_id, source, format, hxl, language, status, rows_written, "
				+ "created_at, updated_at, version) values (?, 'cases', 'CSV', false, 'ar', 'RUNNING', 10, ?, ?, 0)",
				coordinator.id(), java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))),
				java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))));
		long stalled = jdbc.queryForObject("select max(id) from analytics_export_job", Long.class);
		exports.cleanUp();
		assertThat(exports.job(stalled, owner).status()).isEqualTo(ExportStatus.FAILED);
		assertThat(exports.job(stalled, owner).errorCode()).isEqualTo("analytics.job.interrupted");
		assertThat(mvc.get().uri("/exports/jobs/" + stalled).with(as(coordinator)).exchange()).bodyText()
			.contains("أُعيد تشغيل الخادم");

		clock.advance(Duration.ofDays(4));
		try {
			exports.cleanUp();
		}
		finally {
			clock.advance(Duration.ofDays(-4));
		}
		assertThat(Files.exists(path)).isFalse();
		assertThat(mvc.get().uri("/exports/jobs/" + job.id() + "/file").with(as(coordinator)).exchange())
			.hasStatus(404);
	}

	@Test
	void onePersonMayNotQueueExportsWithoutEnd() {
		RasdPrincipal owner = Principals.monitor(777_001, "50");
		Set<Long> ids = new java.util.HashSet<>();
		for (int i = 0; i < 3; i++) {
			jdbc.update("insert into analytics_export_job (owner_id, source, format, hxl, language, status, "
					+ "rows_written, created_at, updated_at, version) values (?, 'cases', 'CSV', false, 'ar', 'QUEUED', "
					+ "0, current_timestamp, current_timestamp, 0)", 777_001L);
		}
		ids.addAll(exports.jobs(owner).stream().map(ExportJobView::id).collect(Collectors.toSet()));
		assertThat(ids).hasSize(3);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> exports.start(exports.request("cases", "csv",
				Map.of(), ARABIC), owner))
			.isInstanceOf(ps.rasd.shared.ConflictException.class).hasMessage("analytics.job.busy");
	}
}
