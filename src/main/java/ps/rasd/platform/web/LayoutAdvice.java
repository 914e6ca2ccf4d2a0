package ps.rasd.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import ps.rasd.shared.RasdProperties;

/**
 * What every page's layout needs: direction, the other language and its switch link, the demo banner flag and the map
 * tiles of the pickers.
 */
@ControllerAdvice
class LayoutAdvice {

	private final RasdProperties properties;

	private final String mapTiles;

	LayoutAdvice(RasdProperties properties,
			@org.springframework.beans.factory.annotation.Value("${rasd.map.tiles:}") String mapTiles) {
		this.properties = properties;
		this.mapTiles = mapTiles;
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
		return new Layout(arabic ? "ar" : "en", arabic ? "rtl" : "ltr", other, switchUrl, properties.demo(),
				mapTiles);
	}

	/**
	 * @param lang the page's language tag
	 * @param dir {@code rtl} or {@code ltr}
	 * @param otherLang the language the switch leads to
	 * @param switchUrl the switch's link
	 * @param demo whether to show the demo banner
	 * @param mapTiles the map tiles' URL template ({@code rasd.map.tiles}), empty for boundaries alone
	 */
	record Layout(String lang, String dir, String otherLang, String switchUrl, boolean demo, String mapTiles) {
	}
}
