/**
 * Value types every module speaks in: amounts of won, business registration numbers, application ids, Seoul time,
 * and the auditable events. No entities, no beans. Every module may use it.
 */
@ApplicationModule(allowedDependencies = {})
package kr.sangsaeng.shared;

import org.springframework.modulith.ApplicationModule;
