package ps.rasd.openrosa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.openrosa.domain.Device;
import ps.rasd.openrosa.domain.DeviceRepository;
import ps.rasd.openrosa.internal.DevicePrincipal;
import ps.rasd.openrosa.internal.Digest;
import ps.rasd.openrosa.internal.DigestKeys;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Devices that fill forms with ODK Collect or KoboCollect. A coordinator (or an administrator) registers a device
 * for a monitor of their governorates and gives them the server address holding its token, as ODK Central does for
 * its app users; the device then acts as that monitor, with the monitor's governorates as they are at each request,
 * until it is revoked. Only the token's SHA-256 is kept. A device may also sign in with HTTP Digest (user name
 * {@code odk-<id>} and a password shown once, as ODK Collect asks for them), for which the HA1 of the password is kept
 * encrypted ({@link DigestKeys}).
 */
@Service
@Transactional
public class OpenRosaManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DeviceRepository devices;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final DigestKeys keys;

	private final Clock clock;

	OpenRosaManagement(DeviceRepository devices, IdentityManagement identity, AuditTrail audit, DigestKeys keys,
			Clock clock) {
		this.devices = devices;
		this.keys = keys;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a device for a monitor of the coordinator's governorates.
	 * @throws ForbiddenException when the person is not the monitor's coordinator or an administrator
	 * @throws DomainException {@code openrosa.device.label-required}
	 */
	public NewDevice register(long monitorId, String label, RasdPrincipal actor) {
		AccountSummary monitor = manageable(monitorId, actor);
		String name = label == null ? "" : label.strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new DomainException("openrosa.device.label-required");
		}
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Device device = devices.saveAndFlush(new Device(monitor.id(), name, hash(token), token.substring(0, 6),
				actor.accountId(), clock.instant()));
		String password = password();
		signIn(device, password);
		audit.record("openrosa.device-registered", "account", monitor.id(), null, "device=" + device.getId());
		return new NewDevice(device.toSummary(), token, password);
	}

	/**
	 * Gives a device a new Digest password (the old one stops working), for a device registered before Digest
	 * sign-in or a forgotten password.
	 * @return the device and its new password, shown once (the token is not shown again: {@code null})
	 */
	public NewDevice newPassword(long deviceId, RasdPrincipal actor) {
		Device device = devices.findById(deviceId).orElseThrow(() -> new NotFoundException("openrosa.device.not-found"));
		manageable(device.getAccountId(), actor);
		if (!device.usable()) {
			throw new DomainException("openrosa.device.revoked");
		}
		String password = password();
		signIn(device, password);
		audit.record("openrosa.device-password", "account", device.getAccountId(), null, "device=" + deviceId);
		return new NewDevice(device.toSummary(), null, password);
	}

	/** Revokes a device at once: its next request is refused. */
	public DeviceSummary revoke(long deviceId, RasdPrincipal actor) {
		Device device = devices.findById(deviceId).orElseThrow(() -> new NotFoundException("openrosa.device.not-found"));
		manageable(device.getAccountId(), actor);
		device.revoke(clock.instant());
		audit.record("openrosa.device-revoked", "account", device.getAccountId(), null, "device=" + deviceId);
		return device.toSummary();
	}

	/** The devices of the coordinator's team (every device for administrators), newest first. */
	@Transactional(readOnly = true)
	public List<DeviceSummary> devices(RasdPrincipal actor) {
		List<Long> team = identity.team(actor).stream().map(AccountSummary::id).toList();
		return devices.findByAccountIdInOrderByCreatedAtDesc(team).stream().map(Device::toSummary).toList();
	}

	/**
	 * The monitor a device token acts as, when the token is known, not revoked, and its account enabled and still
	 * allowed to make visits somewhere.
	 */
	public Optional<RasdPrincipal> authenticate(String token) {
		if (token == null || token.length() < 16 || token.length() > 64) {
			return Optional.empty();
		}
		return devices.findByTokenHash(hash(token)).filter(Device::usable).flatMap(this::actingAs);
	}

	/**
	 * The monitor a device signing in with HTTP Digest acts as, when the proof matches its password for this request
	 * method, and the device and account are usable as for {@link #authenticate(String)}. The nonce is checked by the
	 * caller.
	 */
	public Optional<RasdPrincipal> authenticate(Digest.Credentials credentials, String method) {
		return devices.findByDigestUsername(credentials.username()).filter(Device::usable).filter(d -> {
			String sealed = d.sealedHa1(credentials.algorithm() == Digest.Algorithm.SHA_256);
			return sealed != null && credentials.provenBy(keys.open(d.getId(), sealed), method);
		}).flatMap(this::actingAs);
	}

	private Optional<RasdPrincipal> actingAs(Device d) {
		d.used(clock.instant());
		return identity.account(d.getAccountId())
			.filter(AccountSummary::enabled)
			.map(a -> (RasdPrincipal) DevicePrincipal.of(a))
			.filter(p -> p.isAdmin()
					|| p.governorateCodes().stream().anyMatch(g -> MonitoringManagement.mayMonitor(p, g)));
	}

	private void signIn(Device device, String password) {
		String username = "odk-" + device.getId();
		device.signIn(username,
				keys.seal(device.getId(), Digest.ha1(Digest.Algorithm.MD5, username, password)),
				keys.seal(device.getId(), Digest.ha1(Digest.Algorithm.SHA_256, username, password)));
	}

	/** Twenty letters and digits, in groups of five, without those read one for another (0/o, 1/l/i). */
	private static String password() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 5 == 0) {
				password.append('-');
			}
			password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return password.toString();
	}

	private AccountSummary manageable(long monitorId, RasdPrincipal actor) {
		AccountSummary monitor = identity.account(monitorId)
			.orElseThrow(() -> new NotFoundException("openrosa.device.not-found"));
		if (!(actor.isAdmin() || monitor.governorates().stream().anyMatch(actor::manages))) {
			throw new ForbiddenException("openrosa.forbidden");
		}
		return monitor;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
