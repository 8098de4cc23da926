package kr.sangsaeng.audit.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit trail.
 *
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of the application, whose
 * {@code X-Forwarded-For} header names the client; from anyone else the header is ignored
 */
@ConfigurationProperties("sangsaeng.audit")
record AuditProperties(List<String> trustedProxies) {

	AuditProperties {
		trustedProxies = trustedProxies == null ? List.of()
				: trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).toList();
	}

}
