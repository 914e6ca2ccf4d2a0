package ps.rasd.identity.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.spi.WorkSection;

/** An administrator's part of the start page: how many accounts there are, with the way to them. */
@Order(80)
class AccountWork implements WorkSection {

	private final IdentityManagement identity;

	AccountWork(IdentityManagement identity) {
		this.identity = identity;
	}

	@Override
	public List<WorkList> work(RasdPrincipal person, Locale locale) {
		if (!person.reader().is(Role.ADMIN)) {
			return List.of();
		}
		return List.of(new WorkList("identity.work.accounts", identity.count(), "/admin/accounts", List.of()));
	}
}
