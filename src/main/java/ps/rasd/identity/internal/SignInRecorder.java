package ps.rasd.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import ps.rasd.identity.IdentityManagement;

/** Keeps the time of each account's last successful sign-in. */
@Component
class SignInRecorder {

	private final IdentityManagement identity;

	SignInRecorder(IdentityManagement identity) {
		this.identity = identity;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		identity.signedIn(event.getAuthentication().getName());
	}
}
