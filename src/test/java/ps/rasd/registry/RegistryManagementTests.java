package ps.rasd.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.support.Principals;

/** Each test runs in a transaction that is rolled back, so rules and authorities of one test do not leak. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class RegistryManagementTests {

	@Autowired
	RegistryManagement registry;

	private AuthoritySummary directorate;

	private AuthoritySummary hospitals;

	@BeforeEach
	void authorities() {
		var admin = Principals.admin();
		var ministry = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.MINISTRY,
				new LocalizedText("وزارة الصحة", "Ministry of Health"), null, "HEALTH", null, null, null, 21), admin);
		directorate = registry.createAuthority(new AuthorityDetails(ministry.id(), AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية صحة الخليل", "Hebron Health Directorate"), "50", "HEALTH", "h@example.ps",
				null, null, 14), admin);
		hospitals = registry.createAuthority(new AuthorityDetails(ministry.id(), AuthorityKind.UNIT,
				new LocalizedText("الإدارة العامة للمستشفيات", null), null, "HEALTH", null, null, null, 10), admin);
		registry.addRoutingRule("HEALTH", "50", null, directorate.id(), admin);
		registry.addRoutingRule("HEALTH", "50", "HOSPITAL", hospitals.id(), admin);
	}

	@Test
	void seedsEightSectorsWithIndicatorsAndFacilityTypes() {
		assertThat(registry.sectors()).extracting(SectorSummary::code).containsExactly("HEALTH", "EDUCATION", "WATER",
				"ELECTRICITY", "SOCIAL", "LABOUR", "MUNICIPAL", "TRANSPORT");
		assertThat(registry.sector("HEALTH").indicators()).extracting(IndicatorSummary::code)
			.contains("HEALTH_WAITING", "HEALTH_MEDICINES", "HEALTH_ACCESS");
		assertThat(registry.sectors()).allSatisfy(s -> assertThat(s.indicators()).isNotEmpty());
		assertThat(registry.facilityTypes()).containsKeys("PRIMARY_HEALTH_CENTRE", "BASIC_SCHOOL");
	}

	@Test
	void aRuleForTheKindOfFacilityWinsOverTheSectorRule() {
		assertThat(registry.suggestAuthority("HEALTH", "50", "PRIMARY_HEALTH_CENTRE")).map(AuthoritySummary::id)
			.contains(directorate.id());
		assertThat(registry.suggestAuthority("HEALTH", "50", "HOSPITAL")).map(AuthoritySummary::id)
			.contains(hospitals.id());
		assertThat(registry.suggestAuthority("EDUCATION", "50", "BASIC_SCHOOL")).isEmpty();
	}

	@Test
	void theAuthorityPathRunsFromTheMinistryDown() {
		assertThat(registry.authorityPath(directorate.id())).extracting(a -> a.name().ar())
			.containsExactly("وزارة الصحة", "مديرية صحة الخليل");
	}

	@Test
	void aCoordinatorManagesFacilitiesOfTheirGovernoratesOnly() {
		var hebron = Principals.coordinator("50");
		var created = registry.createFacility(clinic("50"), hebron);
		assertThat(created.sectorCode()).isEqualTo("HEALTH");
		assertThatThrownBy(() -> registry.createFacility(clinic("45"), hebron)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> registry.updateFacility(created.id(), created.version(), clinic("45"), hebron))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> registry.createFacility(clinic("50"), Principals.analyst()))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aStaleChangeIsRefusedAndNothingIsOverwritten() {
		var created = registry.createFacility(clinic("50"), Principals.admin());
		var renamed = new FacilityDetails(new LocalizedText("اسم جديد", null), "PRIMARY_HEALTH_CENTRE",
				directorate.id(), "50", null, null, null, null, FacilityStatus.OPEN);
		registry.updateFacility(created.id(), created.version(), renamed, Principals.admin());
		assertThatThrownBy(() -> registry.updateFacility(created.id(), created.version(), clinic("50"),
				Principals.admin())).isInstanceOf(ConflictException.class);
		assertThat(registry.facility(created.id()).name().ar()).isEqualTo("اسم جديد");
	}

	@Test
	void findsFacilitiesByNameInAnySpellingAndByFilters() {
		registry.createFacility(new FacilityDetails(new LocalizedText("مستشفى الأميرة عالية", "Princess Alia Hospital"),
				"HOSPITAL", hospitals.id(), "50", null, 31.53, 35.09, null, FacilityStatus.OPEN), Principals.admin());
		assertThat(registry.facilities(new FacilityQuery(null, null, null, null, "الاميره عاليه"), 0, 10).items())
			.extracting(f -> f.name().en()).contains("Princess Alia Hospital");
		assertThat(registry.facilities(new FacilityQuery("50", "HEALTH", "HOSPITAL", null, "alia"), 0, 10).items())
			.hasSize(1);
		assertThat(registry.facilities(new FacilityQuery("45", null, null, null, "alia"), 0, 10).items()).isEmpty();
	}

	@Test
	void aValidCsvWithArabicHeadersImportsEveryRowWithSuggestedAuthorities() {
		String csv = "\uFEFFالاسم بالعربية,الاسم بالإنجليزية,النوع,المحافظة,خط العرض,خط الطول,الحالة\n"
				+ "عيادة بيت أمر,Beit Ummar Clinic,PRIMARY_HEALTH_CENTRE,50,٣١٫٦٢,٣٥٫١٠,مفتوح\n"
				+ "مستشفى دورا,Dura Hospital,مستشفى,الخليل,,,مغلق مؤقتاً\n";
		ImportReport report = registry.importFacilities(new StringReader(csv), Principals.coordinator("50"));
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(2);
		var dura = registry.facilities(new FacilityQuery(null, null, null, null, "Dura Hospital"), 0, 5).items().get(0);
		assertThat(dura.authorityId()).isEqualTo(hospitals.id());
		assertThat(dura.status()).isEqualTo(FacilityStatus.TEMPORARILY_CLOSED);
		var clinic = registry.facilities(new FacilityQuery(null, null, null, null, "Beit Ummar Clinic"), 0, 5).items()
			.get(0);
		assertThat(clinic.latitude()).isEqualTo(31.62);
		assertThat(clinic.authorityId()).isEqualTo(directorate.id());
	}

	@Test
	void aCsvWithBadRowsImportsNothingAndNamesEachProblem() {
		long before = registry.facilities(FacilityQuery.ALL, 0, 1).totalItems();
		String csv = "name_ar,type,governorate,latitude,longitude,colour\n"
				+ "عيادة أولى,PRIMARY_HEALTH_CENTRE,50,,,\n"
				+ ",SPACESHIP,99,31.5,,\n"
				+ "عيادة ثالثة,PRIMARY_HEALTH_CENTRE,45,,,\n";
		ImportReport report = registry.importFacilities(new StringReader(csv), Principals.coordinator("50"));
		assertThat(report.imported()).isZero();
		assertThat(report.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::column,
				ImportReport.RowError::code).contains(
						org.assertj.core.groups.Tuple.tuple(1, "colour", "registry.import.unknown-column"));
		String valid = "name_ar,type,governorate,latitude,longitude\n" + "عيادة أولى,PRIMARY_HEALTH_CENTRE,50,,\n"
				+ ",SPACESHIP,99,31.5,\n" + "عيادة ثالثة,PRIMARY_HEALTH_CENTRE,45,,\n";
		report = registry.importFacilities(new StringReader(valid), Principals.coordinator("50"));
		assertThat(report.imported()).isZero();
		assertThat(report.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::column,
				ImportReport.RowError::code).containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple(3, "name_ar", "registry.import.required"),
						org.assertj.core.groups.Tuple.tuple(3, "type", "registry.import.type"),
						org.assertj.core.groups.Tuple.tuple(3, "governorate", "registry.import.governorate"),
						org.assertj.core.groups.Tuple.tuple(3, "latitude", "registry.import.coordinates"),
						org.assertj.core.groups.Tuple.tuple(4, "governorate", "registry.import.forbidden-governorate"),
						org.assertj.core.groups.Tuple.tuple(4, "authority_id", "registry.import.no-authority"));
		assertThat(registry.facilities(FacilityQuery.ALL, 0, 1).totalItems()).isEqualTo(before);
	}

	@Test
	void exportsCsvWithAByteOrderMarkThatImportsBack() {
		registry.createFacility(clinic("50"), Principals.admin());
		StringWriter out = new StringWriter();
		registry.exportFacilities(new FacilityQuery("50", null, null, null, null), out);
		assertThat(out.toString()).startsWith("\uFEFFname_ar,name_en,type,governorate,authority_id");
		assertThat(out.toString()).contains("عيادة الاختبار");
		ImportReport again = registry.importFacilities(new StringReader(out.toString()), Principals.admin());
		assertThat(again.errors()).isEmpty();
	}

	private FacilityDetails clinic(String governorate) {
		return new FacilityDetails(new LocalizedText("عيادة الاختبار", "Test clinic"), "PRIMARY_HEALTH_CENTRE",
				directorate.id(), governorate, null, null, null, null, FacilityStatus.OPEN);
	}
}
