/**
 * Agency review of applications: queues, decisions, four-eyes approval and guarantee issuance.
 */
@ApplicationModule(allowedDependencies = { "applications", "company", "identity", "program", "shared", "system" })
package kr.sangsaeng.review;

import org.springframework.modulith.ApplicationModule;
