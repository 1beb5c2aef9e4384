package org.steerdesk.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether the server may fetch an address a user typed (a channel's feed, and any later
 * server-side fetch): only http and https, and only hosts that resolve to public addresses.
 * Loopback, private, shared (CGNAT), link-local (which holds the clouds' metadata service),
 * multicast and unspecified addresses are refused, unless the host is listed as allowed
 * ({@code steerdesk.fetch.allowed-hosts}, e.g. an intranet portal). Every redirect is checked again.
 */
public final class OutboundAddresses {

	/** Why an address was refused. */
	public static final class Refused extends Exception {

		public Refused(String message) {
			super(message, null, false, false);
		}
	}

	private final Set<String> allowedHosts;

	public OutboundAddresses(Collection<String> allowedHosts) {
		this.allowedHosts = allowedHosts == null ? Set.of()
				: allowedHosts.stream()
					.filter(h -> h != null && !h.isBlank())
					.map(h -> h.strip().toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Checks an address before it is fetched.
	 * @throws Refused when its scheme is not http(s), its host is missing or unknown, or any address
	 *         it resolves to is not public (and the host is not allowed)
	 */
	public void check(URI uri) throws Refused {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new Refused("only http and https addresses are fetched");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank() || uri.getUserInfo() != null) {
			throw new Refused("the address has no host name, or carries a user name");
		}
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
			return;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(bare);
		}
		catch (UnknownHostException e) {
			throw new Refused("unknown host " + bare);
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				throw new Refused("the host " + bare + " is an internal address; an administrator can allow it with steerdesk.fetch.allowed-hosts");
			}
		}
	}

	/** Whether an address is on the public internet. */
	public static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xFF;
			int second = b[1] & 0xFF;
			return !(first == 0 // this network
					|| (first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
					|| (first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240); // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			if ((b[0] & 0xFE) == 0xFC) {
				return false; // unique local fc00::/7
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= b[i] == 0;
			}
			if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
				try {
					return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException e) {
					return false;
				}
			}
		}
		return true;
	}
}
