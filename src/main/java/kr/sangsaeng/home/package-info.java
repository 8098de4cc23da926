/**
 * The first page: a public welcome, or the start page of each role with the programmes it works on and the
 * links it uses; an SME sees the programmes grouped by what the eligibility check of the applications module says
 * for it.
 */
@ApplicationModule(allowedDependencies = { "applications", "identity", "program", "shared" })
package kr.sangsaeng.home;

import org.springframework.modulith.ApplicationModule;
