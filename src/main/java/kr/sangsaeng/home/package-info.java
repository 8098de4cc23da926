/**
 * The first page: a public welcome, or the start page of each role with the programmes it works on and the
 * links it uses.
 */
@ApplicationModule(allowedDependencies = { "identity", "program", "shared" })
package kr.sangsaeng.home;

import org.springframework.modulith.ApplicationModule;
