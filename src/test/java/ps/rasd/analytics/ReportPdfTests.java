package ps.rasd.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.analytics.internal.ReportWriter;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.NewCase;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.ReportFigures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.PdfChecks;
import ps.rasd.support.Principals;

/**
 * The periodic monitoring report: public figures only, the redacted copy of published cases, Arabic text in logical
 * order with every font embedded, and the English edition.
 */
@IntegrationTest
@Transactional
class ReportPdfTests {

	@Autowired
	ReportWriter reports;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CasePublication casePublication;

	@Autowired
	RegistryManagement registry;

	private CaseSummary kase(FacilitySummary clinic, String title, String story, Tier tier, String publicTitle) {
		CaseSummary filed = caseIntake.file(new NewCase(title, story, null, null, clinic.id(), null, null, null), null,
				CaseSource.STAFF, null, Principals.coordinator("50")).summary();
		return casePublication.publication(filed.reference(), filed.version(), tier, null, publicTitle,
				publicTitle == null ? null : publicTitle + " — نص منقح للنشر", Principals.coordinator("50"));
	}

	private ReportRequest hebron(String language) {
		return new ReportRequest(LocalDate.now().minusDays(30), LocalDate.now().plusDays(1), "50", null, language);
	}

	@Test
	void theArabicReportCountsPublishedCasesAndTellsOnlyTheirRedactedCopy() {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		long before = reports.collect(hebron("ar")).total();
		kase(clinic, "سامي يشكو انقطاع الكهرباء في العيادة", "كتب سامي بنفسه", Tier.PUBLIC, "انقطاع الكهرباء في العيادة");
		kase(clinic, "نقص الأدوية المزمنة", "قصة داخلية", Tier.INTERNAL, null);

		ReportFigures.Figures figures = reports.collect(hebron("ar"));
		byte[] pdf = reports.write(hebron("ar"), figures);

		assertThat(figures.total()).as("other tests publish Hebron cases too").isEqualTo(before + 1);
		String text = PdfChecks.text(pdf);
		assertThat(text).contains(PdfChecks.normalize("تقرير الرصد الدوري"),
				PdfChecks.normalize("ملخص الأرقام الرئيسية"), PdfChecks.normalize("انقطاع الكهرباء في العيادة"),
				PdfChecks.normalize("استجابة الجهات المسؤولة"), PdfChecks.normalize("المنهجية"),
				PdfChecks.normalize("الخليل"));
		assertThat(text).doesNotContain("سامي", PdfChecks.normalize("نقص الأدوية المزمنة"));
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.screenshot(pdf, 0, "report-ar-cover");
		PdfChecks.screenshot(pdf, 1, "report-ar-figures");
	}

	@Test
	void theEnglishReportHasEnglishHeadings() {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		kase(clinic, "انقطاع المياه", "منذ أسبوع", Tier.PUBLIC, "انقطاع المياه عن المركز");

		byte[] pdf = reports.write(hebron("en"), reports.collect(hebron("en")));

		assertThat(PdfChecks.text(pdf)).contains("Periodic monitoring report", "Headline figures", "Methodology",
				PdfChecks.normalize("انقطاع المياه عن المركز"));
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.screenshot(pdf, 1, "report-en-figures");
	}

}
