package ps.rasd.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: remembers the choice and goes back to the page it was made on (same site only). */
@Controller
class LanguageController {

	private static final String HEX = "0123456789ABCDEF";

	private final LocaleResolver localeResolver;

	LanguageController(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@GetMapping("/lang")
	String switchTo(@RequestParam(defaultValue = "ar") String to, @RequestParam(defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		localeResolver.setLocale(request, response, LocaleConfig.supported(to));
		return "redirect:" + safeBack(back);
	}

	/**
	 * Only a path on this site: no scheme, no host, no protocol-relative URL, no control characters or backslashes;
	 * what is not printable ASCII (raw Arabic, spaces) and URI-template braces are percent-encoded as UTF-8, so the
	 * {@code Location} header is always valid (Tomcat drops a header with raw non-ASCII).
	 */
	static String safeBack(String back) {
		boolean local = back.startsWith("/") && !back.startsWith("//") && back.indexOf('\\') < 0
				&& back.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
		return local ? encoded(back) : "/";
	}

	private static String encoded(String path) {
		StringBuilder out = new StringBuilder(path.length());
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c > 0x20 && c < 0x7f && c != '{' && c != '}' && c != '"' && c != '<' && c != '>' && c != '|'
					&& c != '^' && c != '`') {
				out.append((char) c);
			}
			else {
				out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
			}
		}
		return out.toString();
	}
}
