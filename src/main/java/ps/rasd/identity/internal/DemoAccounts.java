package ps.rasd.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;


import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.identity.domain.PasswordPolicy;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.DemoSeed;

/**
 * One demo account per role, each with a fresh random password printed once to the console and written to
 * {@code $RASD_DATA_DIR/demo-accounts.txt}, readable by its owner only. Runs only on a database without accounts.
 */
class DemoAccounts implements DemoSeed {

	static final String FILE_NAME = "demo-accounts.txt";

	private static final String HEBRON = "50";

	private static final String BETHLEHEM = "45";

	private final IdentityManagement identity;

	private final RasdProperties properties;

	DemoAccounts(IdentityManagement identity, RasdProperties properties) {
		this.identity = identity;
		this.properties = properties;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void seed() {
		if (identity.count() > 0) {
			return;
		}
		Map<String, AccountDetails> demo = new LinkedHashMap<>();
		demo.put("admin", details("مدير النظام (تجريبي)", EnumSet.of(Role.ADMIN), Set.of()));
		demo.put("coordinator", details("منسّقة الخليل وبيت لحم (تجريبي)", EnumSet.of(Role.COORDINATOR),
				Set.of(HEBRON, BETHLEHEM)));
		demo.put("monitor", details("راصد الخليل (تجريبي)", EnumSet.of(Role.MONITOR), Set.of(HEBRON)));
		demo.put("documenter", details("موثّقة الحريات في الخليل وبيت لحم (تجريبي)", EnumSet.of(Role.DOCUMENTER),
				Set.of(HEBRON, BETHLEHEM)));
		demo.put("analyst", details("باحثة (تجريبي)", EnumSet.of(Role.ANALYST), Set.of()));
		demo.put("partner", details("مؤسسة شريكة (تجريبي)", EnumSet.of(Role.PARTNER), Set.of()));
		StringBuilder lines = new StringBuilder("# Rasd demo accounts: username password role\n");
		demo.forEach((username, details) -> {
			String password = PasswordPolicy.oneTimePassword();
			identity.createWithPassword(username, details, password);
			if (details.roles().contains(Role.MONITOR)) {
				identity.consent(username);
			}
			lines.append(username).append(' ').append(password).append(' ')
				.append(details.roles().iterator().next()).append('\n');
		});
		Path file = write(lines.toString());
		System.out.println("""

				==================== Rasd demo accounts (shown once) ====================
				%s(also written to %s)
				=========================================================================
				""".formatted(lines, file.toAbsolutePath()));
	}

	private static AccountDetails details(String name, Set<Role> roles, Set<String> governorates) {
		return new AccountDetails(name, null, roles, governorates);
	}

	private Path write(String text) {
		try {
			Path dir = Files.createDirectories(properties.dataDir());
			Path file = dir.resolve(FILE_NAME);
			Files.deleteIfExists(file);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the demo accounts file", ex);
		}
	}
}
