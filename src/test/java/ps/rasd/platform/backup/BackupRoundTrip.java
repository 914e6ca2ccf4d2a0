package ps.rasd.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.RasdApplication;
import ps.rasd.audit.AuditManagement;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.TestFiles;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/**
 * A backup of a working installation restored into an empty one loses nothing: every row, every file, the audit
 * chain, and the next ids. Run on H2 ({@link H2BackupTests}) and PostgreSQL ({@link PostgresBackupTests}).
 */
abstract class BackupRoundTrip {

	@Autowired
	Backups backups;

	@Autowired
	IdentityManagement identity;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	ps.rasd.cases.CaseIntake caseIntake;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ps.rasd.shared.RasdProperties rasd;

	/** The datasource of an empty installation to restore into. */
	abstract String[] emptyInstallation(Path dataDir);

	@Test
	void aBackupRestoredIntoAnEmptyInstallationLosesNothing() throws Exception {
		AccountFixtures.admin(identity);
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		MonitoringFixtures.publishedHealthForm(forms);
		RasdPrincipal monitor = Principals.monitor(AccountFixtures.hebronMonitor(identity).id(), "50");
		VisitSummary visit = monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(), "backup-1",
				monitor).visit();
		var photo = evidence.upload(new ByteArrayInputStream(TestFiles.photoWithGps(120, 80)), "visit",
				String.valueOf(visit.id()), "50", true, Principals.coordinator("50"));
		var filed = caseIntake.file(new ps.rasd.cases.NewCase("انقطاع المياه", "منذ أسبوع", null, null, clinic.id(), null,
				null, null), new ps.rasd.cases.ReporterDetails("هدى", "0599000111", null, false, false, "ar"),
				ps.rasd.cases.CaseSource.PUBLIC, null, null);
		byte[] photoBytes;
		try (InputStream in = evidence.open(photo.id(), false, false, monitor)) {
			photoBytes = in.readAllBytes();
		}

		// a kept periodic report: its row is in the database, its PDF in the data folder
		byte[] reportBytes = "%PDF-1.7 a kept report".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Path report = rasd.dataDir().resolve("reports").resolve("backup-" + System.nanoTime() + ".pdf");
		Files.createDirectories(report.getParent());
		Files.write(report, reportBytes);

		Path archive = Files.createTempFile("rasd-backup", ".zip");
		Backups.Manifest manifest;
		try (OutputStream out = Files.newOutputStream(archive)) {
			manifest = backups.backup(out);
		}
		assertThat(backups.verify(archive).rows()).isEqualTo(manifest.rows());
		assertThat(manifest.rows().get("monitoring_visit")).isGreaterThanOrEqualTo(1);
		assertThat(manifest.sha256().keySet()).anyMatch(k -> k.startsWith("files/evidence/"))
			.anyMatch(k -> k.startsWith("files/reports/"));

		Path emptyDir = Files.createTempDirectory("rasd-restore");
		try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(RasdApplication.class)
			.web(WebApplicationType.NONE).profiles("test").run(emptyInstallation(emptyDir))) {
			Backups target = empty.getBean(Backups.class);
			target.restore(archive);
			JdbcTemplate restoredDb = empty.getBean(JdbcTemplate.class);
			manifest.rows().forEach((table, rows) -> assertThat(restoredDb.queryForObject(
					"select count(*) from " + table, Long.class)).as(table).isEqualTo(rows));
			VisitSummary restored = empty.getBean(MonitoringManagement.class).visit(visit.id(), monitor);
			assertThat(restored.answers()).isEqualTo(visit.answers());
			assertThat(restored.scores()).isEqualTo(visit.scores());
			try (InputStream in = empty.getBean(EvidenceManagement.class).open(photo.id(), false, false, monitor)) {
				assertThat(in.readAllBytes()).isEqualTo(photoBytes);
			}
			assertThat(empty.getBean(EvidenceManagement.class).openOriginal(photo.id(), Principals.coordinator("50")))
				.as("the sealed original opens with the restored key").isNotEmpty();
			assertThat(empty.getBean(AuditManagement.class).verify().intact()).isTrue();
			assertThat(emptyDir.resolve("reports").resolve(report.getFileName())).hasBinaryContent(reportBytes);
			var restoredCases = empty.getBean(ps.rasd.cases.CaseIntake.class);
			assertThat(empty.getBean(ps.rasd.cases.CaseReporters.class).reporter(filed.summary().reference(), Principals.coordinator("50")).name())
				.isEqualTo("هدى");
			assertThat(restoredCases.tracked(filed.trackingToken())).as("the tracking link still opens").isPresent();
			var newCase = restoredCases.file(new ps.rasd.cases.NewCase("حالة جديدة", "بعد الاستعادة", null, null,
					clinic.id(), null, null, null), null, ps.rasd.cases.CaseSource.PUBLIC, null, null);
			assertThat(newCase.summary().reference()).as("new references follow the restored ones")
				.isNotEqualTo(filed.summary().reference());
			var next = AccountFixtures.admin(empty.getBean(IdentityManagement.class));
			assertThat(next.id()).as("new ids follow the restored ones").isGreaterThan(
					restoredDb.queryForObject("select max(id) from identity_account where id <> ?", Long.class, next.id()));
			assertThatThrownBy(() -> target.restore(archive)).as("a second restore over data is refused")
				.hasMessageContaining("not empty");
		}
	}

	@Test
	void aDamagedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path archive = Files.createTempFile("rasd-backup", ".zip");
		try (OutputStream out = Files.newOutputStream(archive)) {
			backups.backup(out);
		}
		byte[] bytes = Files.readAllBytes(archive);
		Path damaged = Files.createTempFile("rasd-damaged", ".zip");
		Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThatThrownBy(() -> backups.verify(damaged)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void aBackupHoldingACompressionBombIsRefusedBeforeItIsUnpackedOrAnythingWritten() throws Exception {
		long accounts = jdbc.queryForObject("select count(*) from identity_account", Long.class);
		Path bomb = Files.createTempFile("rasd-bomb", ".zip");
		Files.write(bomb, ps.rasd.support.HostileFiles.zip(java.util.Map.of("tables/identity_account.jsonl",
				out -> out.write(new byte[300 * 1024 * 1024]), "manifest.json", ps.rasd.support.HostileFiles.text("{}"))));
		assertThatThrownBy(() -> backups.verify(bomb)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refused").hasMessageContaining("compression bomb");
		assertThatThrownBy(() -> backups.restore(bomb)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refused");
		assertThat(jdbc.queryForObject("select count(*) from identity_account", Long.class)).isEqualTo(accounts);
	}
}
