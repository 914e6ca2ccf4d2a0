package ps.rasd.openrosa.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import ps.rasd.openrosa.OpenRosaManagement;
import ps.rasd.openrosa.internal.Digest;
import ps.rasd.openrosa.internal.DigestKeys;
import ps.rasd.shared.RasdPrincipal;

/**
 * HTTP Digest sign-in of a device at the server address without a token ({@code <site>/openrosa}), as ODK Collect
 * asks for it: a request without a good {@code Authorization} header is answered 401 with two challenges (SHA-256,
 * then MD5; {@code qop="auth"}); a nonce lasts {@code rasd.openrosa.nonce-lifetime} (5 minutes), after which the
 * client is told it is stale and signs again without asking the person. The signed {@code uri} must be the request's
 * (its path and query, or the whole address as older versions of ODK Collect's Digest client sign it).
 */
@Component
class DigestSignIn {

	private final OpenRosaManagement devices;

	private final DigestKeys keys;

	DigestSignIn(OpenRosaManagement devices, DigestKeys keys) {
		this.devices = devices;
		this.keys = keys;
	}

	/** The device's person, or a challenge to answer with. */
	RasdPrincipal authenticate(HttpServletRequest request) {
		Optional<Digest.Credentials> credentials = Digest.Credentials.parse(request.getHeader("Authorization"));
		if (credentials.isEmpty()) {
			throw new Challenge(false);
		}
		Digest.Credentials c = credentials.get();
		String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?"
				+ request.getQueryString());
		if (!c.uri().equals(target) && !target.equals(pathOf(c.uri()))) {
			throw new Challenge(false);
		}
		DigestKeys.NonceState nonce = keys.check(c.nonce());
		if (nonce == DigestKeys.NonceState.FORGED) {
			throw new Challenge(false);
		}
		Optional<RasdPrincipal> actor = devices.authenticate(c, request.getMethod());
		if (actor.isEmpty()) {
			throw new Challenge(false);
		}
		if (nonce == DigestKeys.NonceState.STALE) {
			// the password was right: the client may sign again with a fresh nonce without asking the person
			throw new Challenge(true);
		}
		return actor.get();
	}

	/** The path and query of an absolute URI (older okhttp-digest signs the whole address), else {@code null}. */
	private static String pathOf(String uri) {
		if (!uri.startsWith("http://") && !uri.startsWith("https://")) {
			return null;
		}
		try {
			URI parsed = new URI(uri);
			return parsed.getRawPath() + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery());
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/** The {@code WWW-Authenticate} headers of a 401. */
	List<String> challenges(boolean stale) {
		String nonce = keys.nonce();
		return List.of(challenge(Digest.Algorithm.SHA_256, nonce, stale), challenge(Digest.Algorithm.MD5, nonce, stale));
	}

	private static String challenge(Digest.Algorithm algorithm, String nonce, boolean stale) {
		return "Digest realm=\"" + Digest.REALM + "\", qop=\"auth\", algorithm=" + algorithm.headerName()
				+ ", nonce=\"" + nonce + "\"" + (stale ? ", stale=true" : "");
	}

	/** No sign-in, a wrong one, or a stale nonce: answered 401 with the challenges. */
	static final class Challenge extends RuntimeException {

		private final boolean stale;

		Challenge(boolean stale) {
			super(null, null, false, false);
			this.stale = stale;
		}

		boolean stale() {
			return stale;
		}
	}
}
