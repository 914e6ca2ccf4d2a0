package ps.rasd.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Arabic first. A language chosen with the switch ({@code /lang?to=en}, or {@code ?lang=en} on any page) is kept in
 * a cookie for a year. Pages without that cookie are Arabic; API calls follow {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.ENGLISH);

	static final String COOKIE = "rasd-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(LocaleConfig::defaultLocale);
		return resolver;
	}

	static Locale defaultLocale(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri == null ? request.getRequestURI() : errorUri.toString();
		String path = uri.substring(request.getContextPath().length());
		if ((path.startsWith("/api/") || path.startsWith("/open311/")) && request.getHeader("Accept-Language") != null) {
			Locale wanted = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
			if (wanted != null) {
				return wanted;
			}
		}
		return ARABIC;
	}

	/** Only Arabic and English: anything else falls back to Arabic. */
	static Locale supported(String tag) {
		return "en".equalsIgnoreCase(tag) ? Locale.ENGLISH : ARABIC;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
