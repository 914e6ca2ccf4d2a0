package ps.rasd.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * Rate limits on the API and Open311, as token buckets (Bucket4j): a token (bearer or {@code api_key}) holds up to
 * {@code burst} requests and gets {@code perMinute} back a minute; an address without a token a quarter of both. The
 * burst lets a monitor's phone send a day of visits queued offline at once; the rate holds a script back. One over is
 * answered 429 with {@code Retry-After}; every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining},
 * {@code RateLimit-Reset} (seconds until the bucket is full again) and {@code RateLimit-Policy}. The buckets are
 * {@link LimitBuckets}: shared by every node on PostgreSQL.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private final LimitBuckets buckets;

	private final Limit withToken;

	private final Limit withoutToken;

	ApiRateLimitFilter(LimitBuckets buckets, int perMinute, int burst) {
		this.buckets = buckets;
		this.withToken = new Limit(Math.max(burst, perMinute), perMinute);
		this.withoutToken = new Limit(Math.max(1, withToken.capacity() / 4), Math.max(1, perMinute / 4));
	}

	/** A bucket of {@code capacity} tokens, {@code perMinute} of them given back a minute. */
	private record Limit(long capacity, long perMinute) {

		BucketConfiguration configuration() {
			return BucketConfiguration.builder()
				.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build();
		}

		long secondsToRefill(long tokens) {
			return (long) Math.ceil(tokens * 60.0 / perMinute);
		}
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
		boolean hasToken = token != null && !token.isBlank();
		Limit limit = hasToken ? withToken : withoutToken;
		String key = (hasToken ? "api:t:" + hash(token) : "api:a:" + request.getRemoteAddr()) + ":" + limit.capacity()
				+ "/" + limit.perMinute();
		CombinedTakes.Take take = buckets.take(key, limit.configuration());
		long remaining = take.remaining();
		response.setHeader("RateLimit-Limit", String.valueOf(limit.capacity()));
		response.setHeader("RateLimit-Remaining", String.valueOf(remaining));
		response.setHeader("RateLimit-Reset", String.valueOf(limit.secondsToRefill(limit.capacity() - remaining)));
		response.setHeader("RateLimit-Policy",
				limit.capacity() + ";w=" + limit.secondsToRefill(limit.capacity()) + ";burst=" + limit.capacity());
		if (!take.consumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(take.nanosToWait()) + 1);
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
