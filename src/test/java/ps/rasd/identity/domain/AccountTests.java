package ps.rasd.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ps.rasd.identity.AccountDetails;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.DomainException;

class AccountTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@Test
	void rejectsAnAccountWithoutRoles() {
		assertThatThrownBy(() -> new Account("x", new AccountDetails("X", null, Set.of(), Set.of()), "h", true, NOW))
			.isInstanceOf(DomainException.class)
			.hasMessage("identity.account.roles-required");
	}

	@Test
	void rejectsAMonitorWithoutGovernorate() {
		var details = new AccountDetails("X", null, EnumSet.of(Role.MONITOR), Set.of());
		assertThatThrownBy(() -> new Account("x", details, "h", true, NOW))
			.hasMessage("identity.account.governorates-required");
	}

	@Test
	void anAnalystNeedsNoGovernorate() {
		var account = new Account("x", new AccountDetails(" X ", " ", EnumSet.of(Role.ANALYST), Set.of()), "h",
				false, NOW);
		assertThat(account.toSummary().displayName()).isEqualTo("X");
		assertThat(account.toSummary().email()).isNull();
	}

	@Test
	void aOneTimePasswordMustBeChangedAndAChosenOneNeedNot() {
		var account = new Account("x", new AccountDetails("X", null, EnumSet.of(Role.ANALYST), Set.of()), "h",
				true, NOW);
		assertThat(account.toSummary().mustChangePassword()).isTrue();
		account.setPassword("h2", false, NOW);
		assertThat(account.toSummary().mustChangePassword()).isFalse();
	}
}
