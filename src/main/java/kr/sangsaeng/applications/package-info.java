/**
 * Guarantee-loan applications as the SME makes and follows them, with their documents.
 */
@ApplicationModule(allowedDependencies = { "company", "identity", "program", "shared", "system" })
package kr.sangsaeng.applications;

import org.springframework.modulith.ApplicationModule;
