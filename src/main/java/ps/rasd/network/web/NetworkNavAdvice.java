package ps.rasd.network.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

/** Whether the layout shows the network's staff entry: from the reader's roles, not from role strings. */
@ControllerAdvice
class NetworkNavAdvice {

	@ModelAttribute("networkNav")
	boolean networkNav(@AuthenticationPrincipal RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		return reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR) || reader.is(Role.ANALYST)
				|| reader.is(Role.DOCUMENTER);
	}
}
