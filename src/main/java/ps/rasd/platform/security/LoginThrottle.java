package ps.rasd.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import ps.rasd.platform.PlatformProperties;

/**
 * Counts failed sign-ins per username and per client address and refuses further attempts for a while once either
 * passes its limit. The username need not exist: an attacker learns nothing from being throttled. Kept in memory on
 * the embedded database, in {@code platform_sign_in_failures} on PostgreSQL, so that the count holds across nodes and
 * restarts; expired entries are dropped every minute.
 */
@Component
public class LoginThrottle {

	private final Windows windows;

	private final PlatformProperties.SignIn settings;

	private final Clock clock;

	/** In memory (one node). */
	LoginThrottle(PlatformProperties properties, Clock clock) {
		this(properties, clock, new MemoryWindows());
	}

	@Autowired
	LoginThrottle(PlatformProperties properties, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${spring.datasource.url:}") String url) {
		this(properties, clock, url.startsWith("jdbc:postgresql:") ? new DatabaseWindows(jdbc, transactions)
				: new MemoryWindows());
	}

	private LoginThrottle(PlatformProperties properties, Clock clock, Windows windows) {
		this.settings = properties.signIn();
		this.clock = clock;
		this.windows = windows;
	}

	/** Whether an attempt for this username from this address must be refused without checking the password. */
	public boolean isBlocked(String username, String address) {
		Instant now = clock.instant();
		return blocked(windows.get(account(username)), now)
				|| (address != null && blocked(windows.get(address(address)), now));
	}

	/** Records a failed attempt. */
	public void failed(String username, String address) {
		Instant now = clock.instant();
		windows.update(account(username), w -> next(w, now, settings.maxFailuresPerAccount()));
		if (address != null) {
			windows.update(address(address), w -> next(w, now, settings.maxFailuresPerAddress()));
		}
	}

	/** Forgets the failures of a username after a successful sign-in. */
	public void succeeded(String username) {
		windows.remove(account(username));
	}

	@Scheduled(fixedDelay = 60_000)
	void dropExpired() {
		Instant now = clock.instant();
		windows.removeIf(w -> w.expired(now, settings), now, now.minus(settings.window()));
	}

	private Window next(Window current, Instant now, int limit) {
		Window w = current == null || current.expired(now, settings) ? new Window(0, now, null) : current;
		int failures = w.failures() + 1;
		Instant blockedUntil = failures >= limit ? now.plus(settings.block()) : w.blockedUntil();
		return new Window(failures, w.start(), blockedUntil);
	}

	private static boolean blocked(Window w, Instant now) {
		return w != null && w.blockedUntil() != null && now.isBefore(w.blockedUntil());
	}

	private static String account(String username) {
		return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String address(String address) {
		return "a:" + address;
	}

	/** Failures of one username or address since {@code start}, and until when it is blocked. */
	record Window(int failures, Instant start, Instant blockedUntil) {

		boolean expired(Instant now, PlatformProperties.SignIn settings) {
			boolean windowOver = now.isAfter(start.plus(settings.window()));
			return windowOver && (blockedUntil == null || !now.isBefore(blockedUntil));
		}
	}

	/** Where the windows are kept. */
	interface Windows {

		Window get(String key);

		/** Replaces the key's window (null when none) by the next one, atomically across the nodes sharing it. */
		void update(String key, UnaryOperator<Window> next);

		void remove(String key);

		/** Drops the windows that expired: {@code expired} ones; in SQL, started before {@code startedBefore} and unblocked. */
		void removeIf(Predicate<Window> expired, Instant now, Instant startedBefore);
	}

	private static final class MemoryWindows implements Windows {

		private static final int MAX_KEYS = 200_000;

		private final Map<String, Window> byKey = new ConcurrentHashMap<>();

		@Override
		public Window get(String key) {
			return byKey.get(key);
		}

		@Override
		public void update(String key, UnaryOperator<Window> next) {
			if (byKey.size() > MAX_KEYS) {
				byKey.clear();
			}
			byKey.compute(key, (k, w) -> next.apply(w));
		}

		@Override
		public void remove(String key) {
			byKey.remove(key);
		}

		@Override
		public void removeIf(Predicate<Window> expired, Instant now, Instant startedBefore) {
			byKey.values().removeIf(expired);
		}
	}
}
