package ps.rasd.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: remembers the choice and goes back to the page it was made on (same site only). */
@Controller
class LanguageController {

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

	/** Only a path on this site: no scheme, no host, no protocol-relative URL, no control characters. */
	static String safeBack(String back) {
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
				&& back.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
		return local ? back : "/";
	}
}
