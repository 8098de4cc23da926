package kr.sangsaeng.shared;

import java.util.Map;

/**
 * An event that belongs in the audit trail. Modules publish such events for every state change and decision;
 * the audit module records who did it, from where and when.
 */
public interface AuditableEvent {

	/**
	 * What the event is about, as {@code kind:id}, e.g. {@code programme:HMG-KB-WOORI} or {@code application:42}.
	 */
	String auditSubject();

	/**
	 * What happened, as a stable dotted name, e.g. {@code programme.status-changed}.
	 */
	String auditAction();

	/**
	 * The facts of the change (before and after values, amounts, reasons), as simple values.
	 */
	Map<String, Object> auditDetails();

}
