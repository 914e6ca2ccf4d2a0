package ps.rasd.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts the failure and sends the person back to the sign-in page with the username they typed; the message is the
 * same whatever went wrong, so it never tells whether an account exists.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String LAST_USERNAME = SignInFailureHandler.class.getName() + ".username";

	private final LoginThrottle throttle;

	SignInFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		throttle.failed(username, request.getRemoteAddr());
		redirectBack(request, response, username);
	}

	static void redirectBack(HttpServletRequest request, HttpServletResponse response, String username)
			throws IOException {
		if (username != null) {
			request.getSession().setAttribute(LAST_USERNAME, username.length() > 64 ? username.substring(0, 64)
					: username);
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}
}
