/**
 * The append-only, tamper-evident trail of every state change and decision, sign-in and denied access: who
 * (username, role, organisation), when, what (subject and action, with before and after values) and from
 * where. It records every {@link kr.sangsaeng.shared.AuditableEvent} in the transaction of the change; each
 * entry is chained to the one before by a SHA-256 hash, which {@link kr.sangsaeng.audit.AuditChain} checks.
 * Administrators read the trail through {@link kr.sangsaeng.audit.AuditTrail}. No other module depends on this
 * one.
 */
@ApplicationModule(allowedDependencies = { "identity", "shared", "system" })
package kr.sangsaeng.audit;

import org.springframework.modulith.ApplicationModule;
