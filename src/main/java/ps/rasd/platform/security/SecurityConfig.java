package ps.rasd.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import ps.rasd.shared.access.Role;

/**
 * Who may reach what, sign-in and sign-out, and the security headers of every response. Fine-grained rules (by
 * role and governorate) live in the modules' facades; here are the broad gates.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final java.util.regex.Pattern TILE_ORIGIN = java.util.regex.Pattern
		.compile("^(https?)://([^/?#]+)");

	private static final java.util.regex.Pattern HOST = java.util.regex.Pattern
		.compile("^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?$");

	/**
	 * The policy, with the map's tile host (the key {@code rasd.map.tiles}, a URL template) allowed as an image
	 * source when one is set; a subdomain placeholder such as {@code {s}} becomes a wildcard. A template that is not
	 * a plain http(s) URL adds nothing.
	 */
	static String contentSecurityPolicy(String tiles) {
		if (tiles == null || tiles.isBlank()) {
			return CONTENT_SECURITY_POLICY;
		}
		java.util.regex.Matcher url = TILE_ORIGIN.matcher(tiles.trim());
		if (!url.find()) {
			return CONTENT_SECURITY_POLICY;
		}
		String host = url.group(2).replaceFirst("^\\{[^}.]*\\}\\.", "*.");
		if (!HOST.matcher(host).matches()) {
			return CONTENT_SECURITY_POLICY;
		}
		return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:;",
				"img-src 'self' data: " + url.group(1) + "://" + host + ";");
	}

	private static final String[] PUBLIC_PATHS = { "/", "/login", "/login/code", "/lang", "/governorates", "/governorates/**",
			"/api/v1/governorates", "/api/v1/governorates/**", "/api/v1/places", "/assets/**",
			"/webjars/**", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/error", "/actuator/health", "/actuator/health/**",
			"/complaint", "/complaint/**", "/track/**", "/reply/**", "/findings", "/findings/**",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/open311/**",
			// ODK Collect and KoboCollect: the device token in the address is checked by the OpenRosa controller
			"/openrosa/**", "/search",
			"/api/v1/search", "/dashboards", "/dashboards/data.csv", "/map", "/map/data.geojson", "/sectors", "/sectors/*",
			"/p/**", "/opinion-polls", "/opinion-polls/**", "/api/v1/opinion-polls", "/api/v1/opinion-polls/**",
			"/freedoms/report", "/freedoms/report/**", "/violations", "/violations/**", "/news", "/news/**", "/pages/**",
			"/library", "/library/**", "/newsletter", "/newsletter/**", "/join", "/join/thanks", "/about/board",
			"/field/sw.js", "/field/manifest.webmanifest", "/field/icon-192.png", "/field/icon-512.png",
			"/events", "/events/**", "/certificates", "/certificates/**",
			"/laws", "/laws/**", "/campaigns/**",
			"/library", "/library/**", "/media", "/media/**", "/newsletter", "/newsletter/**", "/join", "/join/thanks", "/about/board" };

	/**
	 * Public to read: the registry's lists and pages (facilities are points of public service), and the open-data
	 * downloads {@code /exports/{source}.{format}} (public tier only, whoever asks); the exports page, its jobs and
	 * files need an account ({@code /exports}, {@code /exports/jobs/**}).
	 */
	private static final String[] PUBLIC_READ = { "/facilities", "/facilities/*", "/facilities/export.csv",
			"/authorities", "/authorities/*", "/api/v1/sectors", "/api/v1/indicators", "/api/v1/authorities",
			"/api/v1/authorities/*", "/api/v1/facilities", "/api/v1/facilities/*", "/api/v1/forms", "/api/v1/forms/*",
			"/exports/*", "/api/v1/exports/*" };

	/** Coordinators (in their governorates, checked by the facade) and administrators. */
	private static final String[] STAFF_WRITE = { "/facilities/new", "/facilities/import", "/facilities/*/edit" };

	/** Where a signed-in person's security context is kept between requests: the session. */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SignInSuccessHandler signInSuccessHandler(LoginThrottle throttle,
			java.util.List<ps.rasd.shared.spi.SecondFactor> secondFactor, SecurityContextRepository contexts) {
		return new SignInSuccessHandler(throttle, secondFactor, contexts);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle,
			SignInSuccessHandler signInSuccess, SecurityContextRepository contexts,
			java.util.List<ps.rasd.shared.spi.BearerTokens> tokens,
			@org.springframework.beans.factory.annotation.Value("${rasd.api.requests-per-minute:300}") int perMinute,
			@org.springframework.beans.factory.annotation.Value("${rasd.api.burst:600}") int burst, LimitBuckets buckets,
			@org.springframework.beans.factory.annotation.Value("${rasd.metrics.token:}") String metricsToken,
			@org.springframework.beans.factory.annotation.Value("${rasd.map.tiles:}") String tiles,
			org.springframework.context.ApplicationContext context)
			throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(auth -> auth
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers(PUBLIC_PATHS).permitAll()
			.requestMatchers(STAFF_WRITE).hasAnyRole("COORDINATOR", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/facilities/*/visits").hasAnyRole("MONITOR", "COORDINATOR", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/facilities", "/facilities/**").hasAnyRole("COORDINATOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/rounds", "/rounds/**").hasAnyRole("COORDINATOR", "ANALYST", "ADMIN")
			.requestMatchers("/rounds", "/rounds/**").hasAnyRole("COORDINATOR", "ADMIN")
			.requestMatchers("/assignments/**").hasAnyRole("MONITOR", "COORDINATOR", "ADMIN")
			.requestMatchers("/field", "/field/**").hasAnyRole("MONITOR", "COORDINATOR", "ADMIN")
			.requestMatchers("/shared", "/shared/**").hasAnyRole("PARTNER", "ADMIN")
			.requestMatchers("/team", "/team/**").hasAnyRole("COORDINATOR", "ADMIN")
			.requestMatchers("/visits", "/visits/**", "/api/v1/visits", "/api/v1/visits/**")
			.hasAnyRole("MONITOR", "COORDINATOR", "ANALYST", "ADMIN")
			.requestMatchers("/api/v1/exports/jobs", "/api/v1/exports/jobs/**").authenticated()
			.requestMatchers("/polls", "/polls/*/interview", "/polls/*/interview/**").hasAnyRole("MONITOR", "COORDINATOR", "ANALYST", "ADMIN")
			.requestMatchers("/polls/**", "/api/v1/polls", "/api/v1/polls/**").hasAnyRole("ANALYST", "ADMIN")
			.requestMatchers("/editorial", "/editorial/**").hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/activities", "/activities/*", "/activities/figures", "/activities/figures.xlsx",
					"/activities/kinds")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ANALYST.name(), Role.ADMIN.name())
			.requestMatchers("/activities", "/activities/**").hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/advocacy", "/advocacy/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ANALYST.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, PUBLIC_READ).permitAll()
			.requestMatchers("/actuator/prometheus").hasAnyAuthority(MetricsTokenFilter.SCRAPE, "ROLE_" + Role.ADMIN.name())
			.requestMatchers("/admin/**", "/api/v1/admin/**", "/actuator/**").hasRole("ADMIN")
			.anyRequest().authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.failureHandler(new SignInFailureHandler(throttle))
			.successHandler(signInSuccess)
			.permitAll());
		http.securityContext(securityContext -> securityContext.securityContextRepository(contexts));
		http.logout(logout -> logout.logoutSuccessUrl("/login?signed-out").permitAll());
		http.exceptionHandling(ex -> ex
			.defaultAuthenticationEntryPointFor(
					(request, response, e) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED), api)
			.defaultAuthenticationEntryPointFor(new SignInOrNotFound(context), AnyRequestMatcher.INSTANCE));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new ApiRateLimitFilter(buckets, perMinute, burst), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new MetricsTokenFilter(metricsToken), UsernamePasswordAuthenticationFilter.class);
		// a request signed by a bearer token carries no cookie a forged form could ride on
		// Open311 clients are other programs, signing each request with an api_key, never with a cookie
		http.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer,
				PathPatternRequestMatcher.withDefaults().matcher("/open311/**"),
				// ODK Collect posts submissions with the device token in the address, never with a cookie
				PathPatternRequestMatcher.withDefaults().matcher("/openrosa/**"),
				// RFC 8058: a mail program unsubscribes with a bare POST; the secret token in the address is the proof
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/newsletter/unsubscribe/*")));
		http.addFilterAfter(new ForcedPasswordChangeFilter(), AuthorizationFilter.class);
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(self), microphone=(self), geolocation=(self), interest-cohort=()")));
		return http.build();
	}
}
