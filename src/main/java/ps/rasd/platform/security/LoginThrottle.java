package ps.rasd.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.platform.PlatformProperties;

/**
 * Counts failed sign-ins per username and per client address and refuses further attempts for a while once either
 * passes its limit. The username need not exist: an attacker learns nothing from being throttled. Kept in memory
 * (one node); expired entries are dropped every minute.
 */
@Component
public class LoginThrottle {

	private final Map<String, Window> byAccount = new ConcurrentHashMap<>();

	private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

	private final PlatformProperties.SignIn settings;

	private final Clock clock;

	LoginThrottle(PlatformProperties properties, Clock clock) {
		this.settings = properties.signIn();
		this.clock = clock;
	}

	/** Whether an attempt for this username from this address must be refused without checking the password. */
	public boolean isBlocked(String username, String address) {
		Instant now = clock.instant();
		return blocked(byAccount.get(key(username)), now) || blocked(byAddress.get(address), now);
	}

	/** Records a failed attempt. */
	public void failed(String username, String address) {
		Instant now = clock.instant();
		byAccount.compute(key(username), (k, w) -> next(w, now, settings.maxFailuresPerAccount()));
		if (address != null) {
			byAddress.compute(address, (k, w) -> next(w, now, settings.maxFailuresPerAddress()));
		}
	}

	/** Forgets the failures of a username after a successful sign-in. */
	public void succeeded(String username) {
		byAccount.remove(key(username));
	}

	@Scheduled(fixedDelay = 60_000)
	void dropExpired() {
		Instant now = clock.instant();
		byAccount.values().removeIf(w -> w.expired(now, settings));
		byAddress.values().removeIf(w -> w.expired(now, settings));
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

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private record Window(int failures, Instant start, Instant blockedUntil) {

		boolean expired(Instant now, PlatformProperties.SignIn settings) {
			boolean windowOver = now.isAfter(start.plus(settings.window()));
			return windowOver && (blockedUntil == null || !now.isBefore(blockedUntil));
		}
	}
}
