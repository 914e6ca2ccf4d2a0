package ps.rasd.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * What a visitor who is not signed in meets at a page that needs an account: the sign-in page when the address is a
 * real page of Rasd, the not-found page when it is not (a mistyped public address is a 404 for everyone, not a
 * request to sign in, and not an address to come back to after signing in). An address that exists for another method
 * (a form's POST address) counts as real.
 */
final class SignInOrNotFound implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");

	private final ApplicationContext context;

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

	SignInOrNotFound(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException, ServletException {
		if (isPage(request)) {
			signIn.commence(request, response, failure);
		}
		else {
			// not a page to come back to after signing in
			savedRequests.removeRequest(request, response);
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	private boolean isPage(HttpServletRequest request) {
		if (!context.containsBean("requestMappingHandlerMapping")) {
			return true;
		}
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
		if (parsedHere) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			return mapping.getHandler(request) != null;
		}
		catch (Exception wrongMethodOrMediaType) {
			return true;
		}
		finally {
			if (parsedHere) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}
}
