package kr.sangsaeng.audit.internal;

import kr.sangsaeng.audit.AuditChain;
import kr.sangsaeng.audit.ChainVerification;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/auditchain}: walks the audit chain and reports whether it is intact, or its first broken
 * link. Programme administrators only.
 */
@Component
@Endpoint(id = "auditchain")
class AuditChainEndpoint {

	private final AuditChain chain;

	AuditChainEndpoint(AuditChain chain) {
		this.chain = chain;
	}

	@ReadOperation
	public ChainVerification verify() {
		return chain.verify();
	}

}
