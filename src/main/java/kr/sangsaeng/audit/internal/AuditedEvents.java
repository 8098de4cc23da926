package kr.sangsaeng.audit.internal;

import kr.sangsaeng.shared.AuditableEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every {@link AuditableEvent} any module publishes, just before the publishing transaction commits and
 * in it, in the thread that made the change: a change never commits without its entry, and a change that rolls
 * back leaves none. An event published outside a transaction is recorded at once, in a transaction of its own.
 */
@Component
class AuditedEvents {

	private final AuditRecorder recorder;

	private final RequestOrigins addresses;

	AuditedEvents(AuditRecorder recorder, RequestOrigins addresses) {
		this.recorder = recorder;
		this.addresses = addresses;
	}

	// In the change's own transaction, before it commits: a change is never without its audit entry.
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void record(AuditableEvent event) {
		recorder.append(Actor.current(), addresses.current(), event.auditSubject(), event.auditAction(),
				event.auditDetails());
	}

}
