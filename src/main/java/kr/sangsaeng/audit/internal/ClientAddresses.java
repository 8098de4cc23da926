package kr.sangsaeng.audit.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells where a request came from. The address is the connection's, unless that is a trusted proxy: then the
 * {@code X-Forwarded-For} hops are read from the right, past every trusted proxy, to the first address that is
 * not one. Only literal IP addresses are accepted, so nothing in a header can cause a name lookup.
 */
@Component
class ClientAddresses {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	static final int USER_AGENT_LIMIT = 256;

	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

	private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<IpAddressMatcher> trustedProxies;

	ClientAddresses(AuditProperties properties) {
		this.trustedProxies = properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
	}

	/**
	 * Where the current thread's request came from, or {@link Origin#NONE} outside requests.
	 */
	Origin current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return originOf(attributes.getRequest());
		}
		return Origin.NONE;
	}

	Origin originOf(HttpServletRequest request) {
		List<String> forwardedFor = request.getHeaders(FORWARDED_FOR) == null ? List.of()
				: Collections.list(request.getHeaders(FORWARDED_FOR));
		return new Origin(clientAddress(request.getRemoteAddr(), forwardedFor),
				AuditText.line(request.getHeader("User-Agent"), USER_AGENT_LIMIT));
	}

	String clientAddress(String remoteAddress, List<String> forwardedForHeaders) {
		String client = literal(remoteAddress);
		if (client == null) {
			return null;
		}
		List<String> hops = new ArrayList<>();
		for (String header : forwardedForHeaders) {
			for (String hop : header.split(",")) {
				hops.add(hop);
			}
		}
		for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
			String hop = literal(hops.get(i));
			if (hop == null) {
				break;
			}
			client = hop;
		}
		return client;
	}

	private boolean isTrusted(String address) {
		return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
	}

	/**
	 * The address in canonical form when {@code candidate} is a literal IPv4 or IPv6 address, else null.
	 */
	static String literal(String candidate) {
		if (candidate == null) {
			return null;
		}
		String address = candidate.strip();
		if (IPV4.matcher(address).matches()) {
			return address;
		}
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		if (address.indexOf(':') < 0 || !IPV6.matcher(address).matches()) {
			return null;
		}
		try {
			// a string with a colon is parsed as an IPv6 literal and never looked up by name
			return InetAddress.getByName(address).getHostAddress();
		}
		catch (UnknownHostException notAnAddress) {
			return null;
		}
	}

}
