package kr.sangsaeng.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

	private final ClientAddresses behindProxies = new ClientAddresses("10.0.0.0/8, 192.168.1.5 ");

	private final ClientAddresses direct = new ClientAddresses("");

	@Test
	void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
		assertThat(direct.clientAddress("203.0.113.9", List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
		assertThat(behindProxies.clientAddress("203.0.113.9", List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
	}

	@Test
	void behindTrustedProxiesTheClientIsTheFirstUntrustedHopFromTheRight() {
		assertThat(behindProxies.clientAddress("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
		assertThat(behindProxies.clientAddress("10.1.2.3", List.of("6.6.6.6, 198.51.100.7, 192.168.1.5")))
			.as("a forged leftmost hop is not believed")
			.isEqualTo("198.51.100.7");
		assertThat(behindProxies.clientAddress("10.1.2.3", List.of("6.6.6.6", "198.51.100.7, 10.9.9.9")))
			.as("several headers are read as one list")
			.isEqualTo("198.51.100.7");
	}

	@Test
	void whatIsNotALiteralAddressEndsTheWalkAndIsNeverLookedUp() {
		assertThat(behindProxies.clientAddress("10.1.2.3", List.of("attacker.example"))).isEqualTo("10.1.2.3");
		assertThat(behindProxies.clientAddress("10.1.2.3", List.of("198.51.100.7, <script>")))
			.isEqualTo("10.1.2.3");
		assertThat(behindProxies.clientAddress("10.1.2.3", List.of("1.2.3.4:5678"))).isEqualTo("10.1.2.3");
		assertThat(behindProxies.clientAddress("10.1.2.3", List.of("999.1.1.1"))).isEqualTo("10.1.2.3");
		assertThat(ClientAddresses.literal("localhost")).isNull();
		assertThat(ClientAddresses.literal("01.2.3.4")).isNull();
	}

	@Test
	void ipv6AddressesAreWrittenInFull() {
		assertThat(direct.clientAddress("::1", List.of())).isEqualTo("0:0:0:0:0:0:0:1");
		assertThat(behindProxies.clientAddress("10.0.0.1", List.of("[2001:db8::7]"))).isEqualTo("2001:db8:0:0:0:0:0:7");
	}

	@Test
	void aRequestFromBehindATrustedProxyIsTheForwardedClients() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.1.2.3");
		request.addHeader("X-Forwarded-For", "198.51.100.7");

		assertThat(behindProxies.of(request)).isEqualTo("198.51.100.7");
		assertThat(direct.of(request)).isEqualTo("10.1.2.3");
	}

}
