package ps.rasd.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import ps.rasd.shared.RasdProperties;

/** What every page's layout needs: direction, the other language and its switch link, and the demo banner flag. */
@ControllerAdvice
class LayoutAdvice {

	private final RasdProperties properties;

	LayoutAdvice(RasdProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request, Locale locale) {
		boolean arabic = !"en".equals(locale.getLanguage());
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri == null ? request.getRequestURI() : errorUri.toString();
		String current = uri.substring(request.getContextPath().length());
		if (errorUri == null && request.getQueryString() != null && "GET".equals(request.getMethod())) {
			current += "?" + request.getQueryString().replaceAll("(^|&)lang=[^&]*", "");
		}
		String other = arabic ? "en" : "ar";
		String switchUrl = UriComponentsBuilder.fromPath("/lang").queryParam("to", other)
			.queryParam("back", "{back}").encode().buildAndExpand(current).toUriString();
		return new Layout(arabic ? "ar" : "en", arabic ? "rtl" : "ltr", other, switchUrl, properties.demo());
	}

	/**
	 * @param lang the page's language tag
	 * @param dir {@code rtl} or {@code ltr}
	 * @param otherLang the language the switch leads to
	 * @param switchUrl the switch's link
	 * @param demo whether to show the demo banner
	 */
	record Layout(String lang, String dir, String otherLang, String switchUrl, boolean demo) {
	}
}
