package ps.rasd.platform.error;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests Tomcat refuses before the application sees them (an invalid URI such as {@code /%} or {@code /a%2Fb}, a
 * malformed query) get Rasd's error page in the visitor's language, or problem details under {@code /api/}, instead
 * of Tomcat's bare "HTTP Status 400" page with its version. Everything that reaches the application still goes to
 * {@link ErrorPageController}; this valve only writes when nothing was written.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final Map<Integer, String> CODES = Map.of(400, "request.invalid", 404, "request.not-found", 405,
			"request.method-not-allowed", 413, "request.too-large", 414, "request.too-large", 431,
			"request.too-large");

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(RasdErrorReportValve.class.getName());
			}
		});
	}

	/** Writes Rasd's page or problem details when Tomcat would write its own report. */
	public static class RasdErrorReportValve extends ErrorReportValve {

		public RasdErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean allowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
			if (!allowed.get()) {
				return;
			}
			String code = CODES.getOrDefault(status, status >= 500 ? "server.error" : "request.error");
			Locale locale = locale(request);
			ResourceBundle messages = ResourceBundle.getBundle("i18n/platform/messages", locale,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				String uri = request.getDecodedRequestURI() == null ? "" : request.getDecodedRequestURI();
				String target = request.getRequestURI() == null ? uri : request.getRequestURI();
				boolean api = target.startsWith("/api/") || uri.startsWith("/api/");
				response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(api ? problem(status, code, messages) : page(status, code, locale, messages));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone
			}
		}

		private static String problem(int status, String code, ResourceBundle messages) {
			return "{\"type\":\"urn:rasd:problem:" + code + "\",\"title\":\"" + json(text(messages, "problem.title."
					+ status, "Error")) + "\",\"status\":" + status + ",\"detail\":\"" + json(text(messages,
							"error.text." + code, "")) + "\",\"code\":\"" + code + "\"}";
		}

		private static String page(int status, String code, Locale locale, ResourceBundle messages) {
			boolean arabic = locale.getLanguage().equals("ar");
			return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\"" + (arabic ? "rtl" : "ltr")
					+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
					+ "<title>" + html(text(messages, "error.title", "Error {0} — Rasd").replace("{0}",
							String.valueOf(status)))
					+ "</title><link rel=\"stylesheet\" href=\"/assets/css/rasd.css\"></head><body><main class=\"error-page\">"
					+ "<h1>" + html(text(messages, "error.heading." + code, "")) + "</h1><p>"
					+ html(text(messages, "error.text." + code, "")) + "</p><p><a href=\"/\">"
					+ html(text(messages, "error.home", "")) + "</a></p></main></body></html>";
		}

		private static Locale locale(Request request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (cookie.getName().equals("rasd-lang")) {
						return cookie.getValue().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("ar");
					}
				}
			}
			String accept = request.getHeader("Accept-Language");
			return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
					: Locale.forLanguageTag("ar");
		}

		private static String text(ResourceBundle messages, String key, String fallback) {
			try {
				return messages.getString(key);
			}
			catch (MissingResourceException ex) {
				return fallback;
			}
		}

		private static String html(String text) {
			return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}
	}
}
