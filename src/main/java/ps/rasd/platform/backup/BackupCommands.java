package ps.rasd.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar rasd.jar backup --to FILE.zip} and {@code java -jar rasd.jar restore --from FILE.zip}, without the
 * web server. A backup can run while the application runs (the H2 file database accepts a second process; PostgreSQL
 * always does). Exit code 0 on success, 4 on failure.
 */
@Component
@Profile("command")
class BackupCommands implements ApplicationRunner, ExitCodeGenerator {

	/** Must match {@code RasdApplication.BACKUP} and {@code RESTORE}. */
	static final String BACKUP = "backup";

	static final String RESTORE = "restore";

	private final Backups backups;

	private int exitCode;

	BackupCommands(Backups backups) {
		this.backups = backups;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> raw = List.of(args.getSourceArgs());
		try {
			if (raw.contains(BACKUP)) {
				Path target = Path.of(option(raw, "--to", "rasd-backup-" + java.time.LocalDate.now() + ".zip"));
				try (OutputStream out = Files.newOutputStream(target)) {
					var manifest = backups.backup(out);
					System.out.printf("Backup written to %s: %d tables, %d rows, %d files.%n", target.toAbsolutePath(),
							manifest.rows().size(), manifest.rows().values().stream().mapToLong(Long::longValue).sum(),
							manifest.sha256().keySet().stream().filter(k -> k.startsWith("files/")).count());
				}
			}
			else if (raw.contains(RESTORE)) {
				String from = option(raw, "--from", null);
				if (from == null) {
					throw new IllegalArgumentException("Usage: java -jar rasd.jar restore --from FILE.zip");
				}
				var manifest = backups.restore(Path.of(from));
				System.out.printf("Restored %s (made %s): %d rows.%n", from, manifest.createdAt(),
						manifest.rows().values().stream().mapToLong(Long::longValue).sum());
			}
		}
		catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException ex) {
			System.err.println(ex.getMessage());
			exitCode = 4;
		}
	}

	private static String option(List<String> args, String name, String fallback) {
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).startsWith(name + "=")) {
				return args.get(i).substring(name.length() + 1);
			}
			if (args.get(i).equals(name) && i + 1 < args.size()) {
				return args.get(i + 1);
			}
		}
		return fallback;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
