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
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Devices that fill forms with ODK Collect or KoboCollect. A coordinator (or an administrator) registers a device
 * for a monitor of their governorates and gives them the server address holding its token, as ODK Central does for
 * its app users; the device then acts as that monitor, with the monitor's governorates as they are at each request,
 * until it is revoked. Only the token's SHA-256 is kept.
 */
@Service
@Transactional
public class OpenRosaManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DeviceRepository devices;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	OpenRosaManagement(DeviceRepository devices, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.devices = devices;
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
		Device device = devices.save(new Device(monitor.id(), name, hash(token), token.substring(0, 6),
				actor.accountId(), clock.instant()));
		audit.record("openrosa.device-registered", "account", monitor.id(), null, "device=" + device.toSummary().id());
		return new NewDevice(device.toSummary(), token);
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
		return devices.findByTokenHash(hash(token)).filter(Device::usable).flatMap(d -> {
			d.used(clock.instant());
			return identity.account(d.getAccountId());
		})
			.filter(AccountSummary::enabled)
			.map(a -> (RasdPrincipal) DevicePrincipal.of(a))
			.filter(p -> p.isAdmin()
					|| p.governorateCodes().stream().anyMatch(g -> MonitoringManagement.mayMonitor(p, g)));
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
