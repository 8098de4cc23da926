package kr.sangsaeng.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells where a request came from, for the audit trail and for whatever else records it (an accepted agreement).
 * The address is the connection's as Tomcat's remote-IP handling leaves it, unless that is one of the trusted
 * proxies ({@code sangsaeng.audit.trusted-proxies}, addresses or CIDR ranges): then the {@code X-Forwarded-For}
 * hops are read from the right, past every trusted proxy, to the first address that is not one. Only literal IP
 * addresses are accepted, so nothing in a header can cause a name lookup.
 */
@Component
public class ClientAddresses {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

	private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<IpAddressMatcher> trustedProxies;

	public ClientAddresses(@Value("${sangsaeng.audit.trusted-proxies:}") String trustedProxies) {
		this.trustedProxies = Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies.split(","))
			.map(String::strip)
			.filter(proxy -> !proxy.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	/**
	 * Where the current thread's request came from, or null outside requests.
	 */
	public String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return null;
	}

	/**
	 * The client's address in canonical form, or null when the connection's address is not a literal one.
	 */
	public String of(HttpServletRequest request) {
		List<String> forwardedFor = request.getHeaders(FORWARDED_FOR) == null ? List.of()
				: Collections.list(request.getHeaders(FORWARDED_FOR));
		return clientAddress(request.getRemoteAddr(), forwardedFor);
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
