package ps.rasd.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-*} headers are believed: addresses or CIDR blocks named in the setting
 * {@code rasd.platform.trusted-proxies} ({@code RASD_TRUSTED_PROXIES}), none by default. Any other peer's forwarded
 * headers are ignored, so nobody can choose the address a per-address limit counts by sending a header.
 */
final class TrustedProxies {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<Block> blocks;

	private TrustedProxies(List<Block> blocks) {
		this.blocks = List.copyOf(blocks);
	}

	/**
	 * @param setting comma- or space-separated addresses and CIDR blocks (e.g. {@code 10.0.0.5, 172.18.0.0/16, ::1});
	 * blank for none
	 * @throws IllegalArgumentException on an entry that is not a literal address or block (host names are refused:
	 * looking them up on each request would make trust depend on the DNS)
	 */
	static TrustedProxies parse(String setting) {
		List<Block> blocks = new ArrayList<>();
		if (setting != null) {
			for (String entry : setting.split("[,\\s]+")) {
				if (!entry.isBlank()) {
					blocks.add(Block.parse(entry.strip()));
				}
			}
		}
		return new TrustedProxies(blocks);
	}

	boolean isEmpty() {
		return blocks.isEmpty();
	}

	/** Whether the peer is one of the named proxies. */
	boolean trusts(String address) {
		byte[] bytes = literal(address);
		return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
	}

	/**
	 * The client's address: the peer's own unless it is a named proxy; then, walking {@code X-Forwarded-For} from the
	 * nearest hop back, the first address that is not a named proxy (what a client wrote further left is not believed).
	 */
	String clientAddress(String peer, List<String> forwardedFor) {
		if (!trusts(peer)) {
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String header : forwardedFor) {
			Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(hops::add);
		}
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (literal(hop) == null) {
				return client; // not an address: stop believing the chain here
			}
			client = hop;
			if (!trusts(hop)) {
				return hop;
			}
		}
		return client;
	}

	/** The bytes of a literal IPv4 or IPv6 address, or null (never a DNS lookup). */
	static byte[] literal(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String a = address.strip();
		if (a.startsWith("[") && a.endsWith("]")) {
			a = a.substring(1, a.length() - 1);
		}
		boolean v4 = IPV4.matcher(a).matches();
		if (!v4 && (!a.contains(":") || !IPV6.matcher(a).matches())) {
			return null;
		}
		if (v4 && Arrays.stream(a.split("\\.")).anyMatch(part -> Integer.parseInt(part) > 255)) {
			return null;
		}
		try {
			// brackets make the JDK parse an IPv6 literal or fail, never ask the DNS
			return InetAddress.getByName(v4 ? a : "[" + a + "]").getAddress();
		}
		catch (UnknownHostException | SecurityException ex) {
			return null;
		}
	}

	private record Block(byte[] network, int prefix) {

		static Block parse(String entry) {
			int slash = entry.indexOf('/');
			String address = slash < 0 ? entry : entry.substring(0, slash);
			byte[] bytes = literal(address);
			if (bytes == null) {
				throw new IllegalArgumentException("Not an address or CIDR block in rasd.platform.trusted-proxies: " + entry);
			}
			int prefix = bytes.length * 8;
			if (slash >= 0) {
				try {
					prefix = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					prefix = -1;
				}
				if (prefix < 0 || prefix > bytes.length * 8) {
					throw new IllegalArgumentException("Bad prefix length in rasd.platform.trusted-proxies: " + entry);
				}
			}
			return new Block(bytes, prefix);
		}

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			int full = prefix / 8;
			for (int i = 0; i < full; i++) {
				if (address[i] != network[i]) {
					return false;
				}
			}
			int rest = prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (address[full] & mask) == (network[full] & mask);
		}
	}
}
