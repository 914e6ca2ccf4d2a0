package ps.rasd.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Forgets past failures of the username, then goes where the person was heading. */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	SignInSuccessHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		throttle.succeeded(authentication.getName());
		request.getSession().removeAttribute(SignInFailureHandler.LAST_USERNAME);
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
