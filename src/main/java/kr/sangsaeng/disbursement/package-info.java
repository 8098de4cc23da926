/**
 * Bank disbursements of guaranteed loans, loan status and the API for bank systems.
 */
@ApplicationModule(allowedDependencies = { "applications", "identity", "program", "review", "shared", "system" })
package kr.sangsaeng.disbursement;

import org.springframework.modulith.ApplicationModule;
