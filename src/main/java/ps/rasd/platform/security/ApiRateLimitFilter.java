package ps.rasd.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Rate limits on the API and Open311: a token (bearer or {@code api_key}) gets {@code perMinute} requests a minute,
 * an address without a token a quarter of that; one over is answered 429 with {@code Retry-After} (problem details).
 * Token buckets (Bucket4j) in memory, per application node.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	ApiRateLimitFilter(int perMinute) {
		this.perMinute = perMinute;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/api/") || path.startsWith("/open311/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = BearerTokenFilter.hasBearer(request)
				? request.getHeader("Authorization").substring(BearerTokenFilter.PREFIX.length()).strip()
				: request.getParameter("api_key");
		boolean withToken = token != null && !token.isBlank();
		String key = withToken ? "t:" + hash(token) : "a:" + request.getRemoteAddr();
		if (buckets.size() > MAX_KEYS) {
			buckets.clear();
		}
		int limit = withToken ? perMinute : Math.max(1, perMinute / 4);
		Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader("X-RateLimit-Limit", String.valueOf(limit));
		response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
