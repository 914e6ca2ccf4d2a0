package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Who may read what is one rule ({@code ps.rasd.shared.access.ReadRules}), asked through a
 * {@code ps.rasd.shared.access.Reader}: no code outside the security configuration names a role by a string
 * ({@code hasRole("…")}, {@code hasAnyRole("…")}, {@code roleNames().contains("…")}).
 */
class RoleStringsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path SECURITY_CONFIG = SOURCES.resolve("ps/rasd/platform/security/SecurityConfig.java");

	private static final Pattern ROLE_STRING = Pattern
		.compile("has(Any)?Role\\(\\s*\"|roleNames\\(\\)\\s*\\.contains\\(\\s*\"");

	@Test
	void noRoleIsNamedByAStringOutsideTheSecurityConfiguration() throws IOException {
		List<String> found;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			found = files.filter(f -> f.toString().endsWith(".java") && !f.equals(SECURITY_CONFIG))
				.flatMap(RoleStringsTests::offending)
				.toList();
		}
		assertThat(found).as("role strings outside SecurityConfig").isEmpty();
	}

	@Test
	void theScanSeesTheSecurityConfigurationsOwnRoleStrings() throws IOException {
		assertThat(offending(SECURITY_CONFIG)).as("the pattern finds what it looks for").isNotEmpty();
	}

	private static Stream<String> offending(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return java.util.stream.IntStream.range(0, lines.size())
				.filter(i -> ROLE_STRING.matcher(lines.get(i)).find())
				.mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
