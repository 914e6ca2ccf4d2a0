package ps.rasd.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public pages read by people who are not signed in are cacheable for a minute and carry an {@code ETag}, so a
 * repeated visit on a weak connection costs a 304 instead of the page. Signed-in pages stay uncached (Spring
 * Security's default), and so do forms (they carry a CSRF token).
 */
@Configuration(proxyBeanMethods = false)
class PublicCacheFilter {

	static final List<PathPattern> PUBLIC_READ = List.of("/", "/findings", "/findings/{ref}", "/findings/feed.atom",
			"/facilities", "/facilities/{id}", "/governorates", "/governorates/{code}", "/authorities",
			"/authorities/{id}", "/search", "/sitemap.xml", "/dashboards", "/dashboards/data.csv", "/map",
			"/map/data.geojson", "/sectors", "/sectors/{code}", "/opinion-polls", "/opinion-polls/{code}", "/news", "/news/{slug}",
			"/news/feed.atom", "/pages/{slug}", "/library", "/library/{slug}", "/media", "/media/{slug}").stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageCaching() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.setOrder(0);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** API answers carry a weak ETag too, so a client repeating a GET with If-None-Match gets a 304. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				// exports stream; they must not be held in memory to hash them
				return request.getRequestURI().contains("/exports");
			}
		};
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(1);
		registration.addUrlPatterns("/api/*", "/open311/*");
		return registration;
	}

	static final class Filter extends ShallowEtagHeaderFilter {

		/** A weak ETag: Tomcat does not compress a response that carries a strong one. */
		Filter() {
			setWriteWeakETag(true);
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return true;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain chain) throws ServletException, IOException {
			if (!cacheable(request)) {
				chain.doFilter(request, response);
				return;
			}
			response.setHeader("Cache-Control", "public, max-age=60");
			response.setHeader("Vary", "Cookie, Accept-Language, Accept-Encoding");
			super.doFilterInternal(request, response, chain);
		}

		private static boolean cacheable(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				return false;
			}
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
				return false;
			}
			var path = org.springframework.http.server.PathContainer.parsePath(
					request.getRequestURI().substring(request.getContextPath().length()));
			return PUBLIC_READ.stream().anyMatch(p -> p.matches(path));
		}
	}
}
