/**
 * How the application runs: the embedded database for local runs, web configuration (language, formatting),
 * the home page of each role and the error pages.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package kr.sangsaeng.system;

import org.springframework.modulith.ApplicationModule;
