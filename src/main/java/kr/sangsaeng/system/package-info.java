/**
 * How the application runs: the embedded database for local runs, web configuration (language, formatting),
 * error, overload and waiting pages, scheduled jobs, and handing unfinished events over again. It uses no module
 * but {@code shared}, so that every other module may use it.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package kr.sangsaeng.system;

import org.springframework.modulith.ApplicationModule;
