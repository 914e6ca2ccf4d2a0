package ps.rasd.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Forwarded-*} headers count only when the request comes from a proxy named in
 * {@code rasd.platform.trusted-proxies}: then the client address is taken from {@code X-Forwarded-For} (see
 * {@link TrustedProxies#clientAddress}) and scheme, host, port and prefix from the other headers; from anyone else
 * every forwarded header is dropped and the peer's own address is the one that rate limits and throttles count.
 * (Replaces {@code server.forward-headers-strategy}, whose framework filter believes any peer and whose Tomcat valve
 * believes every private and loopback address.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedHeadersFilter extends OncePerRequestFilter {

	private static final Set<String> ADDRESS_HEADERS = Set.of("x-forwarded-for", "forwarded");

	private final TrustedProxies proxies;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter drop = new ForwardedHeaderFilter();

	ForwardedHeadersFilter(@Value("${rasd.platform.trusted-proxies:}") String trusted) {
		this.proxies = TrustedProxies.parse(trusted);
		this.drop.setRemoveOnly(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!proxies.trusts(request.getRemoteAddr())) {
			drop.doFilter(request, response, chain);
			return;
		}
		String client = proxies.clientAddress(request.getRemoteAddr(),
				Collections.list(request.getHeaders("X-Forwarded-For")));
		apply.doFilter(new FromClient(request, client), response, chain);
	}

	/** The request as the client sent it to the proxy: its address, without the headers that carried it. */
	private static final class FromClient extends HttpServletRequestWrapper {

		private final String client;

		FromClient(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			names.removeIf(FromClient::hidden);
			return Collections.enumeration(names);
		}

		private static boolean hidden(String name) {
			return name != null && ADDRESS_HEADERS.contains(name.toLowerCase(Locale.ROOT));
		}
	}
}
