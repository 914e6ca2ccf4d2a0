package ps.rasd.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.identity.domain.AccountRepository;
import ps.rasd.shared.RasdProperties;

@SpringBootTest(properties = "rasd.demo=true")
@ActiveProfiles("test")
class DemoAccountsTests {

	@Autowired
	RasdProperties properties;

	@Autowired
	IdentityManagement identity;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void demoModeCreatesOneAccountPerRoleWithRandomPasswordsInAPrivateFile() throws Exception {
		Path file = properties.dataDir().resolve(DemoAccounts.FILE_NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		List<String[]> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#"))
			.map(l -> l.split(" ")).toList();
		Map<String, String> passwords = lines.stream().collect(Collectors.toMap(l -> l[0], l -> l[1]));
		assertThat(passwords).containsOnlyKeys("admin", "coordinator", "monitor", "analyst", "partner", "documenter");
		assertThat(passwords.values()).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSize(16));
		passwords.forEach((username, password) -> assertThat(
				passwordEncoder.matches(password, accounts.findByUsername(username).orElseThrow().getPasswordHash()))
			.as("password of %s", username).isTrue());
	}

	@Test
	void theCoordinatorWorksInHebronAndBethlehemAndTheMonitorInHebron() {
		var coordinator = identity.account("coordinator").orElseThrow();
		assertThat(coordinator.roles()).containsExactly(Role.COORDINATOR);
		assertThat(coordinator.governorates()).containsExactlyInAnyOrder("50", "45");
		assertThat(identity.account("monitor").orElseThrow().governorates()).containsExactly("50");
		assertThat(identity.account("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
		assertThat(coordinator.mustChangePassword()).isFalse();
	}
}
