/**
 * Value types every module speaks in: amounts of won, business registration numbers. No entities, no beans.
 */
@ApplicationModule(allowedDependencies = {})
package kr.sangsaeng.shared;

import org.springframework.modulith.ApplicationModule;
