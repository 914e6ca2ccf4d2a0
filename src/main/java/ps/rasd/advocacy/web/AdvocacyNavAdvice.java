package ps.rasd.advocacy.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ps.rasd.advocacy.AdvocacyManagement;
import ps.rasd.shared.RasdPrincipal;

/** Whether the layout shows the advocacy desk: from the read rule, not from role strings. */
@ControllerAdvice
class AdvocacyNavAdvice {

	@ModelAttribute("advocacyNav")
	boolean advocacyNav(@AuthenticationPrincipal RasdPrincipal actor) {
		return AdvocacyManagement.advocates(actor);
	}
}
